package org.vetreport.training.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TopicProbe;
import org.vetreport.training.TrainingSchool;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class ApprenticeshipsImportIT {

    private static final String HEADER = "学徒制编号,企业,专业,年度,学号,企业导师,课程\n";
    private static final String CSV = HEADER + """
            XTZ-01,RH001,0306,2020,2020001、2020002,12,6
            XTZ-02,SC002,0701,2020,"2020101,2020102;2020103",8,4
            XTZ-03,ML003,1101,2019,2019201,5,0
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "c").withPartners("RH001", "SC002", "ML003");
        api = school.api();
    }

    private String imports(String query) {
        return school.path("apprenticeships:import" + query);
    }

    private JsonNode apprenticeship(String code) {
        return api.get(school.path("apprenticeships/" + code)).json();
    }

    @Test
    void aCsvWithChineseHeadersImportsClassesWithTheirApprenticesInOneCellAndPublishesApprenticeshipCreated() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(),
                Topics.TRAINING_APPRENTICESHIPS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            assertThat(apprenticeship("XTZ-02").get("studentNos").valueStream().map(JsonNode::asString))
                    .containsExactly("2020101", "2020102", "2020103");
            assertThat(apprenticeship("XTZ-01").get("mentors").asInt()).isEqualTo(12);
            assertThat(school.total("apprenticeships?year=2020")).isEqualTo(2);
            assertThat(school.await(topic, 3)).extracting(e -> Records.header(e, "ce_type"))
                    .containsOnly("apprenticeship.created");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothingAndPublishesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(),
                Topics.TRAINING_APPRENTICESHIPS.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first write's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> school.own(records).size() == 3, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(school.own(topic.drain(Duration.ofSeconds(2)))).hasSize(3);
        }
    }

    /** Rows 2 and 8 are good; the others each break a rule. */
    private static final String WITH_BAD_ROWS = HEADER + """
            XTZ-01,RH001,0306,2020,2020001,12,6
            XTZ-02,ZZ999,0701,2020,2020101,8,4
            XTZ-03,ML003,1101,2019,,5,0
            XTZ-04,ML003,1101,2019,2019201、2019201,5,0
            XTZ-05,ML003,1101,2019,2019201,-5,0
            XTZ-06,ML003,1101,二〇一九,2019201,5,0
            XTZ-07,ML003,,2019,2019201,5,0
            XTZ-08,SC002,0701,2021,2021001,3,2
            """;

    @Test
    void allOrNothingListsEveryBadRowWithFieldAndMessageAndWritesNothing() {
        Response response = api.post(imports(""), "text/csv", WITH_BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(TrainingSchool.rowsAndFields(errors))
                .containsExactly("3 partnerCode", "4 studentNos", "5 studentNos[1]", "6 mentors", "7 year", "8 majorCode");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("'ZZ999' is not a partner of this school; record the partner first");
        assertThat(school.total("apprenticeships")).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndADryRunWritesNothing() {
        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", WITH_BAD_ROWS).json();
        assertThat(school.total("apprenticeships")).isZero();
        JsonNode validOnly = api.post(imports("?mode=valid-only"), "text/csv", WITH_BAD_ROWS).json();

        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(6);
        assertThat(validOnly.get("created").asInt()).isEqualTo(2);
        assertThat(validOnly.get("rejected").asInt()).isEqualTo(6);
        assertThat(school.total("apprenticeships")).isEqualTo(2);
    }

    @Test
    void aPartnerRecordedAfterAFailedImportMakesTheSameFileImport() {
        String csv = HEADER + "XTZ-09,NEW01,0306,2021,2021001,2,1\n";
        assertThat(api.post(imports(""), "text/csv", csv).status()).isEqualTo(400);

        school.withPartners("NEW01");

        assertThat(api.post(imports(""), "text/csv", csv).json().get("created").asInt()).isEqualTo(1);
    }

    @Test
    void jsonAndNdjsonRowsGiveTheApprenticesAsArrays() {
        Response json = api.post(imports(""), "application/json", """
                [{"code":"XTZ-01","partnerCode":"RH001","majorCode":"0306","year":2020,"studentNos":["2020001"],
                  "mentors":12,"courses":6}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"code":"XTZ-02","partnerCode":"SC002","majorCode":"0701","year":2020,"studentNos":["2020101"],"mentors":1,"courses":1}
                {"code":"XTZ-03","partnerCode":"SC002","majorCode":"0701","year":2020,"studentNos":[2020102],"mentors":1,"courses":1}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(TrainingSchool.rowsAndFields(ndjson.json().get("errors"))).containsExactly("2 studentNos[0]");
    }

    @Test
    void anExcelWorkbookImportsWithNumberCells() {
        HttpResponse<String> response = school.postWorkbook(imports(""),
                HEADER.strip().split(","),
                new Object[] {"XTZ-01", "RH001", "0306", 2020, "2020001、2020002", 12, 6},
                new Object[] {"XTZ-02", "SC002", 701, 2020, 2020101, 8, 4});

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(apprenticeship("XTZ-01").get("year").asInt()).isEqualTo(2020);
        JsonNode ecommerce = apprenticeship("XTZ-02");
        assertThat(ecommerce.get("studentNos").get(0).asString()).isEqualTo("2020101");
        assertThat(ecommerce.get("majorCode").asString()).isEqualTo("701");
        assertThat(ecommerce.get("courses").asInt()).isEqualTo(4);
    }
}
