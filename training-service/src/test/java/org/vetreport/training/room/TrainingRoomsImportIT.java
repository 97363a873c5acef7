package org.vetreport.training.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
class TrainingRoomsImportIT {

    private static final String HEADER = "实训室编号,名称,实训基地,专业,面积,工位数,启用日期,停用日期\n";
    private static final String CSV = HEADER + """
            SX-101,工业机器人实训室,智能制造（工业4.0）实训基地,0306、0301,320.50,40,2018/9/1,
            SX-102,电商直播实训室,电商直播基地,"0701,0702",85,12,2020年10月8日,
            SX-103,钳工实训室,,,120,30,2005-09-01,2020-07-01
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "s");
        api = school.api();
    }

    private String imports(String query) {
        return school.path("training-rooms:import" + query);
    }

    private JsonNode room(String code) {
        return api.get(school.path("training-rooms/" + code)).json();
    }

    @Test
    void aCsvWithChineseHeadersImportsRoomsWithSeveralMajorsInOneCellAndPublishesTrainingRoomCreated() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_ROOMS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            JsonNode robots = room("SX-101");
            assertThat(robots.get("majorCodes").valueStream().map(JsonNode::asString)).containsExactly("0306", "0301");
            assertThat(robots.get("area").decimalValue()).isEqualTo("320.5");
            assertThat(robots.get("openedOn").asString()).isEqualTo("2018-09-01");
            assertThat(room("SX-102").get("majorCodes").size()).isEqualTo(2);
            JsonNode fitting = room("SX-103");
            assertThat(fitting.get("majorCodes").size()).isZero();
            assertThat(fitting.hasNonNull("base")).isFalse();
            assertThat(fitting.get("closedOn").asString()).isEqualTo("2020-07-01");
            assertThat(school.total("training-rooms?openOn=2020-12-31")).isEqualTo(2);
            List<ConsumerRecord<String, byte[]>> events = school.await(topic, 3);
            assertThat(events).extracting(e -> Records.header(e, "ce_type")).containsOnly("training-room.created");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothingAndPublishesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_ROOMS.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first write's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> school.own(records).size() == 3, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV.replace("320.50", "320.5")).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(school.own(topic.drain(Duration.ofSeconds(2)))).hasSize(3);
        }
        assertThat(room("SX-101").get("version").asInt()).isEqualTo(1);
    }

    /** Rows 2 and 7 are good; the others each break a rule. */
    private static final String WITH_BAD_ROWS = HEADER + """
            SX-101,工业机器人实训室,,0306,320.5,40,2018-09-01,
            SX-102,电商直播实训室,,0701、0701,85,12,2020-10-08,
            SX-103,钳工实训室,,,120,-3,2005-09-01,
            SX-104,焊接实训室,,,120,30,2005-09-01,2005-09-01
            ,数控实训室,,,120,30,2005-09-01,
            SX-106,电工实训室,,,很大,30,2005-09-01,
            SX-107,烹饪实训室,,1101,200,24,2010-09-01,
            SX-101,工业机器人实训室二,,0306,320.5,40,2018-09-01,
            """;

    @Test
    void allOrNothingListsEveryBadRowWithFieldAndMessageAndWritesNothing() {
        Response response = api.post(imports(""), "text/csv", WITH_BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(TrainingSchool.rowsAndFields(errors))
                .containsExactly("3 majorCodes[1]", "4 workstations", "5 closedOn", "6 code", "7 area", "9 key");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("names '0701' a second time");
        assertThat(errors.get(2).get("message").asString()).isEqualTo("must be after openedOn (2005-09-01)");
        assertThat(errors.get(3).get("message").asString()).isEqualTo("is required in an import row");
        assertThat(errors.get(4).get("message").asString()).contains("'很大' is not valid");
        assertThat(school.total("training-rooms")).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndADryRunWritesNothing() {
        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", WITH_BAD_ROWS).json();
        assertThat(school.total("training-rooms")).isZero();
        JsonNode validOnly = api.post(imports("?mode=valid-only"), "text/csv", WITH_BAD_ROWS).json();

        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(dryRun.get("rows").asInt()).isEqualTo(8);
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(6);
        assertThat(validOnly.get("created").asInt()).isEqualTo(2);
        assertThat(validOnly.get("rejected").asInt()).isEqualTo(6);
        assertThat(school.total("training-rooms")).isEqualTo(2);
        assertThat(room("SX-107").get("workstations").asInt()).isEqualTo(24);
    }

    @Test
    void jsonAndNdjsonRowsGiveTheMajorsAsArrays() {
        Response json = api.post(imports(""), "application/json", """
                [{"code":"SX-101","name":"工业机器人实训室","majorCodes":["0306"],"area":320.5,"workstations":40,
                  "openedOn":"2018-09-01"}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"code":"SX-102","name":"电商直播实训室","majorCodes":["0701"],"area":85,"workstations":12,"openedOn":"2020-10-08"}
                {"code":"SX-103","name":"钳工实训室","area":"120","workstations":30,"openedOn":"2005-09-01"}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(TrainingSchool.rowsAndFields(ndjson.json().get("errors"))).containsExactly("2 area");
        assertThat(room("SX-102").get("majorCodes").get(0).asString()).isEqualTo("0701");
    }

    @Test
    void anExcelWorkbookImportsWithNumberAndDateCells() {
        HttpResponse<String> response = school.postWorkbook(imports(""),
                HEADER.strip().split(","),
                new Object[] {"SX-101", "工业机器人实训室", "智能制造（工业4.0）实训基地", "0306、0301", 320.5, 40,
                        LocalDate.of(2018, 9, 1), null},
                new Object[] {"SX-102", "电商直播实训室", null, 701, 85, 12, "2020/10/8", null});

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode robots = room("SX-101");
        assertThat(robots.get("area").decimalValue()).isEqualTo("320.5");
        assertThat(robots.get("workstations").asInt()).isEqualTo(40);
        assertThat(robots.get("openedOn").asString()).isEqualTo("2018-09-01");
        assertThat(robots.get("majorCodes").size()).isEqualTo(2);
        assertThat(room("SX-102").get("majorCodes").get(0).asString()).isEqualTo("701");
    }
}
