package org.vetreport.training.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
class TrainingSessionsImportIT {

    private static final String HEADER = "培训编号,培训项目,工种,培训类型,培训对象,委托单位,地区,开始日期,结束日期,培训人次,鉴定人数,通过人数\n";
    private static final String CSV = HEADER + """
            PX-031,中式面点师职业技能等级认定,中式面点师,技能鉴定,社会人员,,,2020/9/14,2020/9/18,120,110,95
            PX-032,大学生SYB创业培训,,创业培训,下岗失业人员,嘉兴市人力资源和社会保障局,,2020年4月1日,2020年4月10日,3122,,
            PX-033,山海协作职业技能培训,电工,技能培训,农村劳动力,南湖区人力资源和社会保障局,丽水遂昌,2020-10-12,,700,0,0
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "u");
        api = school.api();
    }

    private String imports(String query) {
        return school.path("training-sessions:import" + query);
    }

    private JsonNode session(String code) {
        return api.get(school.path("training-sessions/" + code)).json();
    }

    @Test
    void aCsvWithChineseHeadersAndNamesImportsSessionsAndPublishesTrainingSessionCreated() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_SESSIONS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            JsonNode syb = session("PX-032");
            assertThat(syb.get("programme").asString()).isEqualTo("ENTREPRENEURSHIP_SYB");
            assertThat(syb.get("audience").asString()).isEqualTo("UNEMPLOYED");
            assertThat(syb.get("trainees").asInt()).isEqualTo(3122);
            assertThat(syb.get("passed").asInt()).isZero();
            assertThat(session("PX-033").get("region").asString()).isEqualTo("丽水遂昌");
            assertThat(session("PX-031").get("startOn").asString()).isEqualTo("2020-09-14");
            assertThat(school.await(topic, 3)).extracting(e -> Records.header(e, "ce_type"))
                    .containsOnly("training-session.created");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothingAndPublishesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_SESSIONS.name())) {
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
            PX-031,中式面点师职业技能等级认定,中式面点师,技能鉴定,社会人员,,,2020-09-14,,120,110,95
            PX-032,中式烹调师,中式烹调师,技能鉴定,社会人员,,,2020-09-14,,100,101,0
            PX-033,中式烹调师,中式烹调师,技能鉴定,社会人员,,,2020-09-14,,100,50,51
            PX-034,电工,电工,技能培训,外星人,,,2020-09-14,,100,,
            PX-035,电工,电工,技能培训,社会人员,,,2020-09-14,2020-09-13,100,,
            PX-036,电工,电工,技能培训,社会人员,,,2020-09-14,,很多,,
            PX-037,,电工,技能培训,社会人员,,,2020-09-14,,10,,
            PX-038,铣工,铣工,技能培训,企业职工,,,2020-11-02,,30,,
            """;

    @Test
    void allOrNothingListsEveryBadRowWithFieldAndMessageAndWritesNothing() {
        Response response = api.post(imports(""), "text/csv", WITH_BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(TrainingSchool.rowsAndFields(errors))
                .containsExactly("3 appraised", "4 passed", "5 audience", "6 endOn", "7 trainees", "8 title");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("must not be more than trainees (100)");
        assertThat(school.total("training-sessions")).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndADryRunWritesNothing() {
        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", WITH_BAD_ROWS).json();
        assertThat(school.total("training-sessions")).isZero();
        JsonNode validOnly = api.post(imports("?mode=valid-only"), "text/csv", WITH_BAD_ROWS).json();

        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(6);
        assertThat(validOnly.get("created").asInt()).isEqualTo(2);
        assertThat(school.total("training-sessions")).isEqualTo(2);
        assertThat(session("PX-038").get("audience").asString()).isEqualTo("ENTERPRISE_STAFF");
    }

    @Test
    void jsonAndNdjsonRowsImportToo() {
        Response json = api.post(imports(""), "application/json", """
                [{"code":"PX-031","title":"食品安全管理员培训","programme":"FOOD_SAFETY","audience":"ENTERPRISE_STAFF",
                  "startOn":"2020-06-01","trainees":1075}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"code":"PX-032","title":"电商应用培训","programme":"电商培训","audience":"戒毒人员","startOn":"2020-08-03","trainees":560,"appraised":560,"passed":540}
                {"code":"PX-033","title":"社会公益培训","programme":"PUBLIC_WELFARE","audience":"SOCIAL","startOn":"2020-08-03","trainees":-5}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(TrainingSchool.rowsAndFields(ndjson.json().get("errors"))).containsExactly("2 trainees");
        assertThat(session("PX-032").get("audience").asString()).isEqualTo("CORRECTIONAL");
    }

    @Test
    void anExcelWorkbookImportsWithNumberAndDateCells() {
        HttpResponse<String> response = school.postWorkbook(imports(""),
                HEADER.strip().split(","),
                new Object[] {"PX-031", "中式面点师职业技能等级认定", "中式面点师", "技能鉴定", "在校生", null, null,
                        LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 5), 1846, 1846, 1587},
                new Object[] {"PX-032", "藏家乐经营与管理", null, "其他", "农村劳动力", "经开区人力资源和社会保障局", "四川阿坝",
                        "2020/9/7", null, 45, null, null});

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode inSchool = session("PX-031");
        assertThat(inSchool.get("passed").asInt()).isEqualTo(1587);
        assertThat(inSchool.get("endOn").asString()).isEqualTo("2020-06-05");
        assertThat(session("PX-032").get("region").asString()).isEqualTo("四川阿坝");
    }
}
