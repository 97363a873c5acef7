package org.vetreport.student;

import static org.assertj.core.api.Assertions.assertThat;

import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;

/**
 * A school's major and students set up through the API, as the registrar's system would, for tests of the records
 * that refer to students. Every student is of major 0306, enrolled on 2020-09-01.
 */
public final class SchoolFixture {

    private final ApiClient api;
    private final String school;

    public SchoolFixture(ApiClient api, String school) {
        this.api = api;
        this.school = school;
        expect(api.put(path("/majors/0306"), TestSchool.MAJOR), 201);
    }

    public SchoolFixture students(String... studentNos) {
        for (String studentNo : studentNos) {
            expect(api.put(path("/students/" + studentNo), TestSchool.student(studentNo)), 201);
        }
        return this;
    }

    /** Records the student's graduation with {@code POST .../status-changes}. */
    public SchoolFixture graduate(String studentNo, String on) {
        expect(api.post(path("/students/" + studentNo + "/status-changes"), "application/json",
                "{\"status\":\"GRADUATED\",\"effectiveOn\":\"" + on + "\"}"), 200);
        return this;
    }

    private String path(String resource) {
        return "/api/v1/schools/" + school + resource;
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }
}
