package org.vetreport.training.internship;

import java.time.LocalDate;
import java.util.List;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.CompositeKey;
import org.vetreport.training.shared.Codes;
import org.vetreport.training.shared.Texts;

/**
 * One internship (学生实习) of one student, at a partner of the school or at another employer named as free text,
 * under the key {@code studentNo:startOn}. The report's 实习对口率, 保险购买率 and 企业录用 count these.
 *
 * @param partnerCode     the host when it is a partner of the school; exactly one of it and {@code host}
 * @param host            the host's name when it is not a partner
 * @param endOn           the last day, not before startOn; absent while the internship goes on
 * @param relevantToMajor whether the post fits the student's major (专业对口)
 * @param insured         whether internship insurance (实习责任保险) was bought for the student
 * @param hiredByHost     whether the host hired the student (企业录用); false when absent, as it is until known
 */
public record Internship(String studentNo, String partnerCode, String host, InternshipKind kind, LocalDate startOn,
                         LocalDate endOn, Boolean relevantToMajor, Boolean insured, Boolean hiredByHost) {

    private static final int HOST_LENGTH = 100;

    public Internship {
        host = Texts.strip(host);
        hiredByHost = Boolean.TRUE.equals(hiredByHost);
        FieldErrors errors = new FieldErrors()
                .check(Codes.isStudentNo(studentNo), "studentNo", Codes.STUDENT_NO_RULE)
                .check(partnerCode == null || Codes.isCode(partnerCode), "partnerCode", Codes.CODE_RULE)
                .check(host == null || Texts.fits(host, HOST_LENGTH), "host", Texts.rule(HOST_LENGTH))
                .check(partnerCode != null || host != null, "partnerCode", "is required unless host names an employer "
                        + "that is not a partner: give exactly one of partnerCode and host")
                .check(partnerCode == null || host == null, "host", "must be absent when partnerCode is given: a "
                        + "partner is named by its code, any other employer by its name as host, not both")
                .check(kind != null, "kind", "is required: one of " + List.of(InternshipKind.values()))
                .check(startOn != null, "startOn", "is required")
                .check(relevantToMajor != null, "relevantToMajor", "is required: whether the post fits the major, "
                        + "true or false")
                .check(insured != null, "insured", "is required: whether internship insurance was bought, true or false");
        if (startOn != null && endOn != null) {
            errors.check(!endOn.isBefore(startOn), "endOn", "must not be before startOn (" + startOn + ")");
        }
        errors.throwIfAny();
    }

    /** The natural key, e.g. {@code 2020001:2020-07-01}. */
    public String key() {
        return new Key(studentNo, startOn).toString();
    }

    /** Whether the internship goes on on a day: started on or before it and not ended before it. */
    public boolean ongoingOn(LocalDate day) {
        return !startOn.isAfter(day) && (endOn == null || !endOn.isBefore(day));
    }

    /** The fields of an internship's natural key. */
    public record Key(String studentNo, LocalDate startOn) {

        public static final String FORM = "studentNo:startOn, e.g. 2020001:2020-07-01";

        /** Reads a key as a path carries it; a field that is not of its type is an error naming the field. */
        public static Key parse(String key) {
            List<String> fields = CompositeKey.split(key, 2, FORM);
            FieldErrors errors = new FieldErrors();
            Key parsed = new Key(fields.get(0),
                    CompositeKey.field(fields.get(1), LocalDate::parse, "startOn", "a date written YYYY-MM-DD", errors));
            errors.throwIfAny();
            return parsed;
        }

        @Override
        public String toString() {
            return CompositeKey.of(studentNo, startOn);
        }
    }
}
