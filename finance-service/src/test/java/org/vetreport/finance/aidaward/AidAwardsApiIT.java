package org.vetreport.finance.aidaward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.finance.FinanceIT.expect;
import static org.vetreport.finance.FinanceIT.fields;
import static org.vetreport.finance.FinanceIT.firstEvent;
import static org.vetreport.finance.FinanceIT.onlyError;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class AidAwardsApiIT {

    private static final String PAYMENT = """
            {"amount":1000.00,"paidOn":"2020-10-20"}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "h" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token().subject("aid-officer")
                .roles(Role.FINANCE).schools(school).sign());
        expect(api.put("/api/v1/schools/" + school + "/aid-programmes/NG",
                "{\"name\":\"国家助学金\",\"kind\":\"NATIONAL_GRANT\",\"funder\":\"中央和地方财政\",\"capPerStudent\":1000.00}"), 201);
        expect(api.put("/api/v1/schools/" + school + "/aid-programmes/TW",
                "{\"name\":\"免学费\",\"kind\":\"TUITION_WAIVER\",\"funder\":\"中央和地方财政\"}"), 201);
    }

    private String awards() {
        return "/api/v1/schools/" + school + "/aid-awards";
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_AID_AWARDS.name());
    }

    @Test
    void recordingAnAwardAnswers201AndPublishesAidAwardCreatedWithTheExactAmount() {
        try (TopicProbe topic = probe()) {
            Response created = api.put(awards() + "/NG:2020010001:2020:1", PAYMENT.replace("1000.00", "950.5"));

            expect(created, 201);
            assertThat(created.header("Location")).endsWith(awards() + "/NG:2020010001:2020:1");
            assertThat(created.body()).contains("\"key\":\"NG:2020010001:2020:1\"", "\"programmeCode\":\"NG\"",
                    "\"studentNo\":\"2020010001\"", "\"year\":2020", "\"term\":1", "\"amount\":950.50");
            ConsumerRecord<String, byte[]> event = firstEvent(topic, school);
            Records.assertCloudEvent(event, "aid-award.created", "/finance-service", school, "NG:2020010001:2020:1", 1);
            assertThat(Records.value(event)).contains("\"amount\":950.50", "\"paidOn\":\"2020-10-20\"");
        }
        assertThat(api.get(awards() + "/NG:2020010001:2020:1").header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aStudentIsPaidOncePerProgrammeAndTermAPaymentAgainReplacesTheAward() {
        expect(api.put(awards() + "/NG:2020010001:2020:1", PAYMENT), 201);
        assertThat(api.put(awards() + "/NG:2020010001:2020:1", PAYMENT.replace("1000.00", "1000")).header("ETag"))
                .isEqualTo("\"1\"");
        try (TopicProbe topic = probe()) {
            Response again = api.put(awards() + "/NG:2020010001:2020:1", PAYMENT.replace("1000.00", "500.00"));

            expect(again, 200);
            Records.assertCloudEvent(firstEvent(topic, school), "aid-award.updated", "/finance-service", school,
                    "NG:2020010001:2020:1", 2);
        }
        expect(api.put(awards() + "/NG:2020010001:2020:2", PAYMENT), 201);
        expect(api.put(awards() + "/TW:2020010001:2020:1", PAYMENT), 201);
        assertThat(keys("?studentNo=2020010001")).containsExactly("NG:2020010001:2020:1", "NG:2020010001:2020:2",
                "TW:2020010001:2020:1");
        assertThat(api.get(awards() + "/NG:2020010001:2020:1").body()).contains("\"amount\":500.00");
    }

    @Test
    void anAwardOverTheProgrammesCapIsA400NamingAmount() {
        JsonNode error = onlyError(api.put(awards() + "/NG:2020010001:2020:1", PAYMENT.replace("1000.00", "1000.01")));

        assertThat(error.get("field").asString()).isEqualTo("amount");
        assertThat(error.get("message").asString()).isEqualTo("must be at most 1000.00, the cap per student and term "
                + "of programme 'NG'");
        expect(api.put(awards() + "/TW:2020010001:2020:1", PAYMENT.replace("1000.00", "3500.00")), 201);
    }

    @Test
    void anAwardOfAProgrammeTheSchoolDoesNotHaveIsA400() {
        JsonNode error = onlyError(api.put(awards() + "/XX:2020010001:2020:1", PAYMENT));

        assertThat(error.get("field").asString()).isEqualTo("programmeCode");
        assertThat(error.get("message").asString()).startsWith("'XX' is not an aid programme of this school");
    }

    @Test
    void aThirdDecimalANegativeAmountAndAnAmountWrittenAsTextAre400s() {
        assertThat(onlyError(api.put(awards() + "/NG:2020010001:2020:1", PAYMENT.replace("1000.00", "999.999")))
                .get("message").asString()).contains("at most 2 decimals", "not rounded");
        assertThat(onlyError(api.put(awards() + "/NG:2020010001:2020:1", PAYMENT.replace("1000.00", "-1000.00")))
                .get("message").asString()).isEqualTo("must be greater than 0");
        assertThat(onlyError(api.put(awards() + "/NG:2020010001:2020:1", PAYMENT.replace("1000.00", "\"1,000.00\"")))
                .get("field").asString()).isEqualTo("amount");
        assertThat(api.get(awards()).json().get("total").asLong()).isZero();
    }

    @Test
    void aKeyOfAnotherFormOrABodyDifferingFromTheKeyIsA400() {
        assertThat(onlyError(api.put(awards() + "/NG:2020010001:2020", PAYMENT)).get("field").asString()).isEqualTo("key");
        assertThat(onlyError(api.put(awards() + "/NG:2020010001:2020:3", PAYMENT)).get("field").asString()).isEqualTo("term");
        assertThat(fields(api.put(awards() + "/NG:2020010001:2020:1",
                PAYMENT.replace("{", "{\"studentNo\":\"2020010002\",\"year\":2021,")))).containsExactly("studentNo", "year");
        expect(api.put(awards() + "/NG:2020010001:2020:1",
                PAYMENT.replace("{", "{\"programmeCode\":\"NG\",\"studentNo\":\"2020010001\",\"year\":2020,\"term\":1,")), 201);
    }

    @Test
    void deleteAnswers204PublishesATombstoneAndTheHistoryKeepsEveryVersion() {
        expect(api.put(awards() + "/NG:2020010001:2020:1", PAYMENT), 201);
        try (TopicProbe topic = probe()) {
            expect(api.delete(awards() + "/NG:2020010001:2020:1", "If-Match", "\"1\""), 204);

            ConsumerRecord<String, byte[]> event = firstEvent(topic, school);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "aid-award.deleted", "/finance-service", school, "NG:2020010001:2020:1", 2);
        }
        JsonNode history = api.get(awards() + "/NG:2020010001:2020:1/history").json();
        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString() + " "
                + r.get("actor").asString())).containsExactly("1 aid-award.created aid-officer", "2 aid-award.deleted aid-officer");
        assertThat(api.get(awards() + "/NG:2020010001:2020:1").status()).isEqualTo(404);
    }

    @Test
    void listsFilterByProgrammeStudentYearTermAndPaymentDate() {
        expect(api.put(awards() + "/NG:2020010001:2020:1", PAYMENT), 201);
        expect(api.put(awards() + "/NG:2020010002:2020:2", PAYMENT.replace("2020-10-20", "2021-03-20")), 201);
        expect(api.put(awards() + "/TW:2020010001:2019:2", PAYMENT.replace("2020-10-20", "2020-03-20")), 201);

        assertThat(keys("?programmeCode=NG")).containsExactly("NG:2020010001:2020:1", "NG:2020010002:2020:2");
        assertThat(keys("?year=2020&term=2")).containsExactly("NG:2020010002:2020:2");
        assertThat(keys("?paidFrom=2020-01-01&paidTo=2020-12-31")).containsExactly("NG:2020010001:2020:1",
                "TW:2020010001:2019:2");
        assertThat(keys("?size=2&page=1")).containsExactly("TW:2020010001:2019:2");
        assertThat(api.get(awards() + "?term=first").status()).isEqualTo(400);
    }

    private List<String> keys(String query) {
        Response response = api.get(awards() + query);
        expect(response, 200);
        return response.json().get("items").valueStream().map(a -> a.get("key").asString()).toList();
    }
}
