package org.vetreport.training.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
class PartnersApiIT {

    private static final String RUIHONG = """
            {"name":"浙江瑞宏机器人有限公司","industry":"智能制造","city":"嘉兴","kinds":["现代学徒制","INTERNSHIP_BASE"],\
            "since":"2017-09-01","workstationsProvided":60}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "p");
        api = school.api();
    }

    private String partner(String code) {
        return school.path("partners/" + code);
    }

    @Test
    void aPartnerIsRecordedReplacedAndDeletedAndEachChangeIsPublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_PARTNERS.name())) {
            Response created = api.put(partner("RH001"), RUIHONG);
            Response unchanged = api.put(partner("RH001"), RUIHONG.replace("现代学徒制", "APPRENTICESHIP"));
            Response ended = api.put(partner("RH001"), RUIHONG.replace("}", ",\"until\":\"2022-08-31\"}"), "If-Match", "\"1\"");
            Response deleted = api.delete(partner("RH001"));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith(partner("RH001"));
            assertThat(created.json().get("kinds").valueStream().map(JsonNode::asString))
                    .containsExactly("APPRENTICESHIP", "INTERNSHIP_BASE");
            assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
            assertThat(ended.status()).isEqualTo(200);
            assertThat(ended.json().get("until").asString()).isEqualTo("2022-08-31");
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get(partner("RH001")).status()).isEqualTo(404);

            List<ConsumerRecord<String, byte[]>> events = school.await(topic, 3);
            Records.assertCloudEvent(events.get(0), "partner.created", "/training-service", school.code(), "RH001", 1);
            Records.assertCloudEvent(events.get(1), "partner.updated", "/training-service", school.code(), "RH001", 2);
            Records.assertCloudEvent(events.get(2), "partner.deleted", "/training-service", school.code(), "RH001", 3);
            assertThat(Records.value(events.get(0))).contains("\"kinds\":[\"APPRENTICESHIP\",\"INTERNSHIP_BASE\"]",
                    "\"workstationsProvided\":60");
            assertThat(Records.value(events.get(2))).isNull();
        }
    }

    @Test
    void historyListsEveryVersionWithItsWriterAndTime() {
        api.put(partner("RH001"), RUIHONG);
        api.put(partner("RH001"), RUIHONG.replace("60", "80"));

        JsonNode history = api.get(partner("RH001") + "/history").json();

        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 partner.created", "2 partner.updated");
        assertThat(history.get(1).get("actor").asString()).startsWith("user-");
        assertThat(history.get(1).get("time").asString()).isNotBlank();
        assertThat(history.get(1).get("snapshot").get("workstationsProvided").asInt()).isEqualTo(80);
    }

    @ParameterizedTest(name = "{0}: 400 on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"kinds":[]}                                     | kinds                | must name at least one kind
            {"kinds":["INTERNSHIP_BASE","实习基地"]}           | kinds[1]             | names INTERNSHIP_BASE a second time
            {"kinds":["FRIEND"]}                             | kinds[0]             | 'FRIEND' is not valid: expected one of
            {"until":"2017-08-31"}                           | until                | must not be before since (2017-09-01)
            {"workstationsProvided":-1}                      | workstationsProvided | must not be negative
            {"since":null}                                   | since                | is required
            {"name":""}                                      | name                 | must be 1 to 100 characters
            {"code":"RH002"}                                 | code                 | 'RH002' differs from the code in the path
            """)
    void everyBrokenRuleIsA400NamingTheFieldAndTheRule(String change, String field, String message) {
        Response response = api.put(partner("RH001"), RUIHONG.substring(0, RUIHONG.length() - 1) + "," + change.substring(1));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(school.total("partners")).isZero();
    }

    @Test
    void aStaleIfMatchIs412() {
        api.put(partner("RH001"), RUIHONG);

        assertThat(api.put(partner("RH001"), RUIHONG.replace("60", "61"), "If-Match", "\"2\"").status()).isEqualTo(412);
        assertThat(api.delete(partner("RH001"), "If-Match", "\"2\"").status()).isEqualTo(412);
    }

    @Test
    void listsFilterByKindIndustryCityAndTheDayOfCooperationAndPageInCodeOrder() {
        api.put(partner("SC002"), RUIHONG.replace("[\"现代学徒制\",\"INTERNSHIP_BASE\"]", "[\"职教集团\"]")
                .replace("智能制造", "电子商务").replace("2017-09-01", "2020-01-01"));
        api.put(partner("RH001"), RUIHONG.replace("}", ",\"until\":\"2020-08-31\"}"));
        api.put(partner("ML003"), RUIHONG.replace("嘉兴", "杭州").replace("INTERNSHIP_BASE", "委托培训"));

        assertThat(codes("")).containsExactly("ML003", "RH001", "SC002");
        assertThat(codes("?kind=APPRENTICESHIP")).containsExactly("ML003", "RH001");
        assertThat(codes("?kind=TRAINING_CLIENT")).containsExactly("ML003");
        assertThat(codes("?industry=电子商务")).containsExactly("SC002");
        assertThat(codes("?city=嘉兴")).containsExactly("RH001", "SC002");
        assertThat(codes("?activeOn=2020-08-31")).containsExactly("ML003", "RH001", "SC002");
        assertThat(codes("?activeOn=2020-09-01")).containsExactly("ML003", "SC002");
        assertThat(codes("?activeOn=2019-12-31&kind=GROUP_MEMBER")).isEmpty();
        assertThat(codes("?size=2&page=1")).containsExactly("SC002");
        assertThat(api.get(school.path("partners?kind=FRIEND")).status()).isEqualTo(400);
    }

    private List<String> codes(String query) {
        Response response = api.get(school.path("partners" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(p -> p.get("code").asString()).toList();
    }
}
