package org.vetreport.report.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vetreport.report.indicator.ReportingPeriod;

/**
 * One problem a check found in one school's data for one report year.
 *
 * <p>The id is derived from the rule, the year, the indicator and every record involved, so the same data give the
 * same id however often the checks run, and an explanation given to a finding stays with it. It starts with the
 * year ({@code 2020-3f9a…}), so an id alone says which year's checks to look in.
 *
 * @param records      the records involved, at most {@link #MAX_RECORDS}, in the order of topic and key
 * @param recordsTotal how many records are involved in all
 * @param indicator    the indicator the finding is about, if it is about one
 * @param explanation  why the data are right after all, once an editor said so
 */
public record Finding(String id, String rule, Severity severity, String messageZh, String messageEn,
                      List<RecordRef> records, long recordsTotal, String indicator, Explanation explanation) {

    public static final int MAX_RECORDS = 20;

    private static final Pattern ID = Pattern.compile("(\\d{4})-[0-9a-f]{16}");
    private static final Comparator<RecordRef> ORDER = Comparator.comparing(RecordRef::topic)
            .thenComparing(RecordRef::key);

    public Finding {
        records = List.copyOf(records);
    }

    /**
     * A finding without explanation.
     *
     * @param involved every record involved, in any order; the finding keeps the first {@link #MAX_RECORDS}
     */
    public static Finding of(String rule, Severity severity, ReportingPeriod period, String indicator,
                             List<RecordRef> involved, String messageZh, String messageEn) {
        List<RecordRef> sorted = involved.stream().distinct().sorted(ORDER).toList();
        return new Finding(id(rule, period.label(), indicator, sorted), rule, severity, messageZh, messageEn,
                sorted.subList(0, Math.min(MAX_RECORDS, sorted.size())), sorted.size(), indicator, null);
    }

    /** The year whose checks produce a finding of this id; empty when it is not an id of a finding at all. */
    public static Optional<Integer> yearOf(String id) {
        Matcher matcher = ID.matcher(id);
        return matcher.matches() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
    }

    public Finding explained(Explanation explanation) {
        return new Finding(id, rule, severity, messageZh, messageEn, records, recordsTotal, indicator, explanation);
    }

    /** Stands in the way of validating the year: every error, and every warning nobody has explained. */
    public boolean blocks() {
        return severity == Severity.ERROR || explanation == null;
    }

    private static String id(String rule, int year, String indicator, List<RecordRef> records) {
        StringBuilder identity = new StringBuilder().append(rule).append('\n').append(year).append('\n')
                .append(indicator == null ? "" : indicator);
        for (RecordRef record : records) {
            identity.append('\n').append(record.topic()).append(' ').append(record.key());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return year + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
