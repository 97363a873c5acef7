package org.vetreport.student.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class CertificateTest {

    private static final LocalDate ISSUED = LocalDate.of(2020, 6, 30);

    private static Certificate named(String name, LocalDate issuedOn) {
        return new Certificate("2020001", name, CertificateKind.VOCATIONAL_QUALIFICATION, CertificateLevel.LEVEL_4,
                "嘉兴市人力资源和社会保障局", issuedOn);
    }

    @Test
    void theKeyIsStudentNameAndIssueDate() {
        assertThat(named("电工中级", ISSUED).key()).isEqualTo("2020001:电工中级:2020-06-30");
        assertThat(Certificate.Key.parse("2020001:电工中级:2020-06-30"))
                .isEqualTo(new Certificate.Key("2020001", "电工中级", ISSUED));
    }

    @Test
    void aNameMayContainAColonAndItsKeyStillParses() {
        Certificate certificate = named("1+X:Web前端开发", ISSUED);

        assertThat(Certificate.Key.parse(certificate.key()).name()).isEqualTo("1+X:Web前端开发");
    }

    @Test
    void malformedKeysNameTheirProblem() {
        assertThatThrownBy(() -> Certificate.Key.parse("2020001-电工中级"))
                .hasMessageContaining("key: '2020001-电工中级' must have the form studentNo:name:issuedOn");
        assertThatThrownBy(() -> Certificate.Key.parse("2020001:电工中级:2020-13-01"))
                .hasMessageContaining("issuedOn: '2020-13-01' in the key is not a date written YYYY-MM-DD");
    }

    @Test
    void namesThatCannotTravelInAPathAreRefused() {
        for (String name : new String[] {"电工/中级", "电工\\中级", "电工;中级", "100%电工", " "}) {
            assertThatThrownBy(() -> named(name, ISSUED)).as(name).hasMessageContaining("name: must be 1 to 100 characters");
        }
    }

    @Test
    void theIssueDateIsFrom2000AndNotInTheFuture() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        assertThatThrownBy(() -> named("电工中级", today.plusDays(1))).hasMessageContaining("issuedOn: must not be in the future");
        assertThatThrownBy(() -> named("电工中级", LocalDate.of(1999, 12, 31))).hasMessageContaining("issuedOn: must be in 2000 or later");
        assertThat(named("电工中级", today).issuedOn()).isEqualTo(today);
    }

    @Test
    void namesAndIssuersAreTrimmedAndTheLevelIsOptional() {
        Certificate certificate = new Certificate("2020001", " 网店运营推广 ", CertificateKind.ONE_PLUS_X, null, " 中教畅享 ", ISSUED);

        assertThat(certificate.name()).isEqualTo("网店运营推广");
        assertThat(certificate.issuer()).isEqualTo("中教畅享");
        assertThat(certificate.key()).isEqualTo("2020001:网店运营推广:2020-06-30");
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> new Certificate(null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("studentNo", "name", "kind", "issuer", "issuedOn"));
    }
}
