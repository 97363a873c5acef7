package org.vetreport.training.contest;

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
class HostedContestsImportIT {

    /** Three of the five contests of the 2020 report, their events written the ways offices write them. */
    private static final String CSV = """
            赛事名称,级别,承办,日期,赛项
            第46届世界技能大赛浙江省选拔赛,省级,承办,2020/7/20,移动机器人、信息网络布线、网络系统管理、烘焙
            2020年浙江省中等职业学校职业能力大赛,省级,协办,2020年11月2日,电气安装与维修
            2020一带一路金砖国家技能发展与技术创新大赛,国际级,承办,2020-12-10,"工业机器人装调维修,智能制造"
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "k");
        api = school.api();
    }

    private String imports(String query) {
        return school.path("hosted-contests:import" + query);
    }

    private JsonNode list(String query) {
        return api.get(school.path("hosted-contests" + query)).json();
    }

    @Test
    void aCsvWithChineseHeadersImportsContestsWithSeveralEventsInOneCellAndPublishesHostedContestCreated() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(),
                Topics.TRAINING_HOSTED_CONTESTS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            JsonNode worldSkills = list("?event=烘焙").get("items").get(0);
            assertThat(worldSkills.get("events").size()).isEqualTo(4);
            assertThat(worldSkills.get("date").asString()).isEqualTo("2020-07-20");
            assertThat(list("?role=CO_HOST").get("items").get(0).get("date").asString()).isEqualTo("2020-11-02");
            assertThat(list("?level=INTERNATIONAL").get("items").get(0).get("events").valueStream().map(JsonNode::asString))
                    .containsExactly("工业机器人装调维修", "智能制造");
            assertThat(school.await(topic, 3)).extracting(e -> Records.header(e, "ce_type"))
                    .containsOnly("hosted-contest.created");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothingAndReorderedEventsUpdateTheSameContest() {
        api.post(imports(""), "text/csv", CSV);
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(),
                Topics.TRAINING_HOSTED_CONTESTS.name())) {
            JsonNode again = api.post(imports(""), "text/csv", CSV).json();
            JsonNode reordered = api.post(imports(""), "text/csv", CSV.replace("移动机器人、信息网络布线", "信息网络布线、移动机器人"))
                    .json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(reordered.get("created").asInt()).isZero();
            assertThat(reordered.get("updated").asInt()).isEqualTo(1);
            assertThat(school.total("hosted-contests")).isEqualTo(3);
            assertThat(school.own(topic.drain(Duration.ofSeconds(2))))
                    .extracting(e -> Records.header(e, "ce_type")).containsExactly("hosted-contest.updated");
        }
    }

    private static final String WITH_BAD_ROWS = CSV + """
            全国人工智能应用技术技能大赛浙江省选拔赛,省级,承办,2020-10-15,人工智能、人工智能
            全国人工智能应用技术技能大赛浙江省选拔赛,区级,承办,2020-10-15,人工智能
            全国人工智能应用技术技能大赛浙江省选拔赛,省级,赞助,2020-10-15,人工智能
            全国人工智能应用技术技能大赛浙江省选拔赛,省级,承办,,人工智能
            全国人工智能应用技术技能大赛浙江省选拔赛,省级,承办,2020-10-15,
            2020年浙江省中等职业学校职业能力大赛,省级,协办,2020-11-02,电气安装与维修
            全国人工智能应用技术技能大赛浙江省选拔赛,省级,承办,2020-10-15,人工智能
            """;

    @Test
    void allOrNothingListsEveryBadRowWithFieldAndMessageAndWritesNothing() {
        Response response = api.post(imports(""), "text/csv", WITH_BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(TrainingSchool.rowsAndFields(errors))
                .containsExactly("5 events[1]", "6 level", "7 role", "8 date", "9 events", "10 key");
        assertThat(errors.get(5).get("message").asString()).endsWith("appears already in row 3");
        assertThat(school.total("hosted-contests")).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndADryRunWritesNothing() {
        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", WITH_BAD_ROWS).json();
        assertThat(school.total("hosted-contests")).isZero();
        JsonNode validOnly = api.post(imports("?mode=valid-only"), "text/csv", WITH_BAD_ROWS).json();

        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(6);
        assertThat(validOnly.get("created").asInt()).isEqualTo(4);
        assertThat(school.total("hosted-contests")).isEqualTo(4);
    }

    @Test
    void jsonAndNdjsonRowsGiveTheEventsAsArrays() {
        Response json = api.post(imports(""), "application/json", """
                [{"name":"嘉兴市技能大赛","level":"MUNICIPAL","role":"HOST","date":"2020-05-12","events":["焊接","钳工"]}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"name":"嘉兴市职业技能大赛","level":"市级","role":"协办","date":"2020-06-01","events":["中式烹调"]}
                {"name":"嘉兴市职业技能大赛","level":"市级","role":"协办","date":"2020-06-01","events":[42]}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(TrainingSchool.rowsAndFields(ndjson.json().get("errors"))).containsExactly("2 events[0]");
    }

    @Test
    void anExcelWorkbookImportsWithADateCell() {
        HttpResponse<String> response = school.postWorkbook(imports(""),
                new Object[] {"赛事名称", "级别", "角色", "日期", "赛项"},
                new Object[] {"第一届职业技能大赛精选项目浙江省选拔赛", "省级", "承办", LocalDate.of(2020, 9, 5),
                        "信息网络布线；网络系统管理"});

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode contest = list("").get("items").get(0);
        assertThat(contest.get("date").asString()).isEqualTo("2020-09-05");
        assertThat(contest.get("events").size()).isEqualTo(2);
    }
}
