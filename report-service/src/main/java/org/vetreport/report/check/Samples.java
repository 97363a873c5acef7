package org.vetreport.report.check;

import java.util.Collection;
import java.util.stream.Collectors;

/** A few values of a long list for a message; the finding's records name them all (up to its cap). */
final class Samples {

    private static final int SHOWN = 5;

    private Samples() {
    }

    static String zh(Collection<String> values) {
        return join(values, "、", "等");
    }

    static String en(Collection<String> values) {
        return join(values, ", ", ", …");
    }

    private static String join(Collection<String> values, String separator, String more) {
        String shown = values.stream().limit(SHOWN).collect(Collectors.joining(separator));
        return values.size() > SHOWN ? shown + more : shown;
    }
}
