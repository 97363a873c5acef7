package org.vetreport.faculty.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.faculty.StaffFixture;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class TeacherTrainingsImportIT {

    private static final String CSV = """
            工号,培训项目,级别,开始日期,结束日期,学时,线上
            T1,信息化教学能力提升,市级,2020/7/6,2020/7/10,40,是
            T2,信息化教学能力提升,市级,2020/7/6,2020/7/10,40,是
            T1,双师型教师企业实践,企业实践,2020年8月1日,2020年8月20日,80,否
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "i" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
        new StaffFixture(api, school).teachers("T1", "T2");
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/teacher-trainings:import" + query;
    }

    private JsonNode list(String query) {
        return api.get("/api/v1/schools/" + school + "/teacher-trainings" + query).json();
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    @Test
    void aCsvWithChineseHeadersImportsTrainingsUnderTheirKeysAndPublishesThem() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(),
                Topics.FACULTY_TEACHER_TRAININGS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            JsonNode practice = list("?level=ENTERPRISE").get("items").get(0);
            assertThat(practice.get("key").asString()).isEqualTo("T1:双师型教师企业实践:2020-08-01");
            assertThat(practice.get("endOn").asString()).isEqualTo("2020-08-20");
            assertThat(practice.get("online").asBoolean()).isFalse();
            assertThat(list("?online=true").get("total").asInt()).isEqualTo(2);
            assertThat(ofThisSchool(topic.awaitRecords(r -> ofThisSchool(r).size() == 3, Duration.ofSeconds(20))))
                    .extracting(e -> Records.header(e, "ce_type")).containsOnly("teacher-training.created");
        }
    }

    private static final String WITH_BAD_ROWS = CSV + """
            T9,信息化教学能力提升,市级,2020-07-06,2020-07-10,40,是
            T2,班主任培训,校级,2020-09-10,2020-09-01,8,否
            T2,班主任培训,校级,2020-09-10,,-8,否
            T2,班主任培训,全球,2020-09-10,,8,否
            T1,信息化教学能力提升,省级,2020-07-06,,40,是
            """;

    @Test
    void badRowsAreListedWithRowFieldAndMessageAndNothingIsWritten() {
        Response response = api.post(imports(""), "text/csv", WITH_BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("5 staffNo", "6 endOn", "7 hours", "8 level", "9 key");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("'T9' is not a staff member of this school");
        assertThat(list("").get("total").asInt()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndADryRunWritesNothing() {
        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", WITH_BAD_ROWS).json();
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(5);
        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(list("").get("total").asInt()).isZero();

        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", WITH_BAD_ROWS).json();

        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").asInt()).isEqualTo(5);
        assertThat(list("").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowUpdatesItsTraining() {
        api.post(imports(""), "text/csv", CSV);

        JsonNode again = api.post(imports(""), "text/csv", CSV).json();
        JsonNode changed = api.post(imports(""), "text/csv", CSV.replace("80,否", "72,否")).json();

        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertThat(changed.get("unchanged").asInt()).isEqualTo(2);
        assertThat(list("?level=ENTERPRISE").get("items").get(0).get("hours").asInt()).isEqualTo(72);
    }

    @Test
    void jsonRowsUseTheFieldNames() {
        Response response = api.post(imports(""), "application/json", """
                [{"staffNo":"T2","programme":"国培计划","level":"NATIONAL","startOn":"2020-10-12","hours":120}]""");

        assertThat(response.json().get("created").asInt()).as(response.body()).isEqualTo(1);
        assertThat(list("?level=NATIONAL").get("items").get(0).get("online").asBoolean()).isFalse();
    }
}
