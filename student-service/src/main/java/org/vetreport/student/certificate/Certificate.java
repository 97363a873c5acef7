package org.vetreport.student.certificate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.store.CompositeKey;
import org.vetreport.student.student.Student;

/**
 * A certificate a student obtained (职业资格证书, 职业技能等级证书, 1+X, ...). The report's 技能证书获取率 counts
 * graduates holding one.
 *
 * @param level the national skill level, absent for certificates without one
 */
public record Certificate(String studentNo, String name, CertificateKind kind, CertificateLevel level, String issuer,
                          LocalDate issuedOn) {

    /** Schools date their records in China's time (DESIGN §4), so "today" is today there. */
    private static final ZoneId SCHOOL_TIME = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /**
     * The name is part of the certificate's address; these characters cannot travel in a path segment (the
     * servlet container refuses an encoded '/', '\', ';' or '%'), so a name with them could never be read back.
     */
    private static final Pattern NAME = Pattern.compile("[^/\\\\;%\\p{Cntrl}]{1,100}");
    private static final Pattern ISSUER = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    public Certificate {
        name = name == null ? null : name.strip();
        issuer = issuer == null ? null : issuer.strip();
        new FieldErrors()
                .check(Student.isNumber(studentNo), "studentNo", Student.NUMBER_RULE)
                .check(name != null && NAME.matcher(name).matches(), "name",
                        "must be 1 to 100 characters without '/', '\\', ';', '%' or control characters, e.g. 电工中级")
                .check(kind != null, "kind", "is required: one of " + List.of(CertificateKind.values()))
                .check(issuer != null && ISSUER.matcher(issuer).matches(), "issuer",
                        "must be 1 to 100 characters without control characters, e.g. 浙江省人力资源和社会保障厅")
                .check(issuedOn != null, "issuedOn", "is required")
                .check(issuedOn == null || !issuedOn.isBefore(EARLIEST), "issuedOn", "must be in 2000 or later")
                .check(issuedOn == null || !issuedOn.isAfter(LocalDate.now(SCHOOL_TIME)), "issuedOn",
                        "must not be in the future")
                .throwIfAny();
    }

    /** The natural key, e.g. {@code 2020001:电工中级:2020-06-30}. */
    public String key() {
        return new Key(studentNo, name, issuedOn).toString();
    }

    /** The fields of a certificate's natural key. */
    public record Key(String studentNo, String name, LocalDate issuedOn) {

        private static final String FORM = "studentNo:name:issuedOn, e.g. 2020001:电工中级:2020-06-30";

        /**
         * Reads a key as a path carries it. Student numbers and dates have no ':', so the name is everything
         * between the first and the last one, colons included.
         */
        public static Key parse(String key) {
            int first = key.indexOf(CompositeKey.SEPARATOR);
            int last = key.lastIndexOf(CompositeKey.SEPARATOR);
            if (first < 0 || first == last) {
                throw InvalidInputException.of("key", "'" + key + "' must have the form " + FORM);
            }
            FieldErrors errors = new FieldErrors();
            Key parsed = new Key(key.substring(0, first), key.substring(first + 1, last),
                    CompositeKey.field(key.substring(last + 1), LocalDate::parse, "issuedOn",
                            "a date written YYYY-MM-DD", errors));
            errors.throwIfAny();
            return parsed;
        }

        @Override
        public String toString() {
            return CompositeKey.of(studentNo, name, issuedOn);
        }
    }
}
