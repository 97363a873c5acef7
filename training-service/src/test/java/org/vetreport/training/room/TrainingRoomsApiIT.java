package org.vetreport.training.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;
import org.vetreport.training.TrainingSchool;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class TrainingRoomsApiIT {

    private static final String ROBOTS = """
            {"name":"工业机器人实训室","base":"智能制造（工业4.0）实训基地","majorCodes":["0306","0301"],\
            "area":320.50,"workstations":40,"openedOn":"2018-09-01"}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "r");
        api = school.api();
    }

    private String room(String code) {
        return school.path("training-rooms/" + code);
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_ROOMS.name());
    }

    @Test
    void aRoomIsRecordedReplacedAndDeletedAndEachChangeIsPublished() {
        try (TopicProbe topic = probe()) {
            Response created = api.put(room("SX-101"), ROBOTS);
            Response unchanged = api.put(room("SX-101"), ROBOTS.replace("320.50", "320.5"));
            Response replaced = api.put(room("SX-101"), ROBOTS.replace("40", "48"), "If-Match", "\"1\"");
            Response deleted = api.delete(room("SX-101"));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            assertThat(created.header("Location")).endsWith(room("SX-101"));
            JsonNode body = created.json();
            assertThat(body.get("code").asString()).isEqualTo("SX-101");
            assertThat(body.get("area").decimalValue()).isEqualTo("320.5");
            assertThat(body.get("majorCodes").valueStream().map(JsonNode::asString)).containsExactly("0306", "0301");
            assertThat(unchanged.status()).isEqualTo(200);
            assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
            assertThat(replaced.status()).isEqualTo(200);
            assertThat(replaced.json().get("workstations").asInt()).isEqualTo(48);
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get(room("SX-101")).status()).isEqualTo(404);

            List<ConsumerRecord<String, byte[]>> events = school.await(topic, 3);
            Records.assertCloudEvent(events.get(0), "training-room.created", "/training-service", school.code(), "SX-101", 1);
            Records.assertCloudEvent(events.get(1), "training-room.updated", "/training-service", school.code(), "SX-101", 2);
            Records.assertCloudEvent(events.get(2), "training-room.deleted", "/training-service", school.code(), "SX-101", 3);
            assertThat(Records.value(events.get(0))).contains("\"area\":320.5", "\"workstations\":40",
                    "\"majorCodes\":[\"0306\",\"0301\"]");
            assertThat(Records.value(events.get(2))).isNull();
            assertThat(school.own(topic.drain(Duration.ofSeconds(1)))).hasSize(3);
        }
    }

    @Test
    void historyListsEveryVersionWithItsWriter() {
        ApiClient clerk = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token()
                .subject("training-clerk-1").roles(Role.TRAINING).schools(school.code()).sign());
        clerk.put(room("SX-101"), ROBOTS);
        api.put(room("SX-101"), ROBOTS.replace("}", ",\"closedOn\":\"2024-07-01\"}"));
        api.delete(room("SX-101"));

        JsonNode history = api.get(room("SX-101") + "/history").json();

        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 training-room.created", "2 training-room.updated", "3 training-room.deleted");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("training-clerk-1");
        assertThat(history.get(1).get("actor").asString()).startsWith("user-");
        assertThat(history.get(1).get("time").asString()).isNotBlank();
        assertThat(history.get(1).get("snapshot").get("closedOn").asString()).isEqualTo("2024-07-01");
        assertThat(api.get(room("SX-999") + "/history").status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{1}: 400 on {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            SX-101  | {"area":0}                          | area         | must be more than 0
            SX-101  | {"area":12.345}                     | area         | must have at most two decimals
            SX-101  | {"workstations":-1}                 | workstations | must not be negative
            SX-101  | {"closedOn":"2018-09-01"}           | closedOn     | must be after openedOn (2018-09-01)
            SX-101  | {"majorCodes":["0306","0306"]}      | majorCodes[1]| names '0306' a second time
            SX-101  | {"majorCodes":["03 06"]}            | majorCodes[0]| must be a major code
            SX-101  | {"name":" "}                        | name         | must be 1 to 100 characters
            SX-101  | {"openedOn":null}                   | openedOn     | is required
            SX-101  | {"workstations":"40"}               | workstations | expected a whole number
            SX-101  | {"seats":40}                        | seats        | is not a field of this resource
            SX-101  | {"code":"SX-102"}                   | code         | 'SX-102' differs from the code in the path
            SX+101  | {}                                  | code         | must be 1 to 32 letters
            """)
    void everyBrokenRuleIsA400NamingTheFieldAndTheRule(String code, String change, String field, String message) {
        String body = ROBOTS.substring(0, ROBOTS.length() - 1) + (change.equals("{}") ? "}" : "," + change.substring(1));

        Response response = api.put(room(code), body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(school.total("training-rooms")).isZero();
    }

    @Test
    void aStaleIfMatchIs412() {
        api.put(room("SX-101"), ROBOTS);

        assertThat(api.put(room("SX-101"), ROBOTS.replace("40", "41"), "If-Match", "\"7\"").status()).isEqualTo(412);
        assertThat(api.delete(room("SX-101"), "If-Match", "\"7\"").status()).isEqualTo(412);
        assertThat(api.delete(room("SX-101"), "If-Match", "\"1\"").status()).isEqualTo(204);
    }

    @Test
    void listsFilterByBaseMajorAndTheDayARoomIsOpenAndPageInCodeOrder() {
        api.put(room("SX-103"), ROBOTS.replace("\"0306\",", ""));
        api.put(room("SX-101"), ROBOTS.replace("}", ",\"closedOn\":\"2020-07-01\"}"));
        api.put(room("SX-102"), ROBOTS.replace("2018-09-01", "2021-03-01").replace("智能制造（工业4.0）实训基地", "电商直播基地"));

        assertThat(codes("")).containsExactly("SX-101", "SX-102", "SX-103");
        assertThat(codes("?base=电商直播基地")).containsExactly("SX-102");
        assertThat(codes("?majorCode=0306")).containsExactly("SX-101", "SX-102");
        assertThat(codes("?openOn=2020-06-30")).containsExactly("SX-101", "SX-103");
        assertThat(codes("?openOn=2020-07-01")).containsExactly("SX-103");
        assertThat(codes("?openOn=2021-03-01&majorCode=0301")).containsExactly("SX-102", "SX-103");
        assertThat(codes("?size=1&page=1")).containsExactly("SX-102");
        assertThat(api.get(school.path("training-rooms?openOn=2020-13-01")).status()).isEqualTo(400);
        assertThat(api.get(school.path("training-rooms?size=1001")).status()).isEqualTo(400);
    }

    private List<String> codes(String query) {
        Response response = api.get(school.path("training-rooms" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(r -> r.get("code").asString()).toList();
    }
}
