package org.vetreport.faculty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;

/**
 * A school's staff set up through the API, as the personnel office's system would, for tests of the records that
 * refer to staff. Every teacher is an established full-time teacher of professional courses hired on 2010-09-01.
 */
public final class StaffFixture {

    private final ApiClient api;
    private final String school;

    public StaffFixture(ApiClient api, String school) {
        this.api = api;
        this.school = school;
    }

    public StaffFixture teachers(String... staffNos) {
        for (String staffNo : staffNos) {
            Response response = api.put("/api/v1/schools/" + school + "/staff/" + staffNo, "{\"name\":\"教师" + staffNo
                    + "\",\"gender\":\"FEMALE\",\"employment\":\"ESTABLISHED\",\"role\":\"FULL_TIME_TEACHER\","
                    + "\"courseCategory\":\"PROFESSIONAL\",\"hiredOn\":\"2010-09-01\",\"title\":\"INTERMEDIATE\"}");
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }
        return this;
    }

    /** A composite key as a path segment: its Chinese text and colons percent-encoded. */
    public static String segment(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
