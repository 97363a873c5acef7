package org.vetreport.report.narrative;

import java.util.Comparator;
import java.util.List;

/** The valid names nearest to a mistyped one, by edit distance, for error messages that help. */
public final class Suggestions {

    private static final int MAX = 3;

    private Suggestions() {
    }

    /** Up to three candidates, nearest first; among equals, in the candidates' own order. */
    public static List<String> nearest(String wrong, List<String> candidates) {
        return candidates.stream().sorted(Comparator.comparingInt(candidate -> distance(wrong, candidate)))
                .limit(MAX).toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each cost one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
