package org.vetreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;

/**
 * What attackers and careless clients send: operator objects, query operators in parameters, dotted and dollar
 * keys, very long and very deep input. Values are stored as plain data or rejected, never interpreted; and
 * personal data from requests never reaches a log line.
 */
class InjectionAndPrivacyIT {

    private static final String PERSONAL_NAME = "欧阳娜娜";
    private static final String ID_NUMBER = "330402200402151234";

    private final String school = "i" + UUID.randomUUID().toString().substring(0, 8);
    private final ApiClient registrar = PlatformStack.get().gateway(Role.REGISTRAR, school);

    private String majors() {
        return "/api/v1/schools/" + school + "/majors";
    }

    @Test
    void anOperatorObjectWhereAValueBelongsIsRejected() {
        Response response = registrar.put(majors() + "/M1", "{\"name\":{\"$gt\":\"\"},\"openedOn\":\"2015-09-01\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void operatorLookingTextIsStoredAsPlainData() {
        String name = "$where: function() { return true } {\\\"$ne\\\": null}";
        registrar.put(majors() + "/M1", "{\"name\":\"" + name + "\",\"group\":\"$ne\",\"openedOn\":\"2015-09-01\"}");

        Response stored = registrar.get(majors() + "/M1");
        assertThat(stored.json().get("name").asString()).isEqualTo("$where: function() { return true } {\"$ne\": null}");
        assertThat(stored.json().get("group").asString()).isEqualTo("$ne");
    }

    @Test
    void queryOperatorsInParametersAreComparedAsText() {
        registrar.put(majors() + "/M1", "{\"name\":\"数控\",\"group\":\"机械\",\"openedOn\":\"2015-09-01\"}");

        String operator = URLEncoder.encode("{\"$ne\":null}", StandardCharsets.UTF_8);
        assertThat(registrar.get(majors() + "?group=" + operator).json().get("total").asLong()).isZero();
        assertThat(registrar.get(majors() + "?group%5B%24ne%5D=x").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void dottedAndDollarKeysAreUnknownFields() {
        assertThat(registrar.put(majors() + "/M1", "{\"name\":\"a\",\"openedOn\":\"2015-09-01\",\"data.version\":9}").status())
                .isEqualTo(400);
        assertThat(registrar.put(majors() + "/M1", "{\"name\":\"a\",\"openedOn\":\"2015-09-01\",\"$set\":{\"version\":9}}").status())
                .isEqualTo(400);
        assertThat(registrar.get(majors() + "/M1").status()).isEqualTo(404);
    }

    @Test
    void veryLongDeepOrHugeInputIsRefused() {
        Response longName = registrar.put(majors() + "/M1", "{\"name\":\"" + "长".repeat(10_000) + "\",\"openedOn\":\"2015-09-01\"}");
        Response deep = registrar.put(majors() + "/M1", "{\"name\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}");
        Response huge = registrar.put(majors() + "/M1", "{\"name\":\"" + "x".repeat(3_000_000) + "\"}");

        assertThat(longName.status()).isEqualTo(400);
        assertThat(deep.status()).isEqualTo(400);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(List.of(longName, deep, huge)).allMatch(r -> r.header("Content-Type").startsWith("application/problem+json"));
        assertThat(registrar.get(majors() + "/M1").status()).isEqualTo(404);
    }

    @Test
    void personalDataFromRequestsNeverReachesALogLine() throws IOException {
        String personal = PERSONAL_NAME + ID_NUMBER;
        registrar.put(majors() + "/P1", "{\"name\":\"" + personal + "\",\"openedOn\":\"2015-09-01\"}");
        registrar.put(majors() + "/P2", "{\"name\":\"" + personal + "\",\"openedOn\":\"20150901\"}");
        registrar.put(majors() + "/P3", "{\"name\":\"" + personal + "\",\"openedOn\":\"2015-09-01\",\"" + ID_NUMBER + "\":1}");
        registrar.get(majors() + "?group=" + URLEncoder.encode(personal, StandardCharsets.UTF_8));
        PlatformStack.get().gateway().get(majors() + "/" + ID_NUMBER);

        List<String> leaks = new ArrayList<>();
        for (String process : List.of("gateway", "student-service", "report-service")) {
            Path log = PlatformStack.get().process(process).log();
            Files.readAllLines(log).stream()
                    .filter(line -> line.contains(ID_NUMBER) || line.contains(PERSONAL_NAME))
                    .forEach(line -> leaks.add(process + ": " + line));
        }
        assertThat(leaks).isEmpty();
    }
}
