package org.vetreport.finance.aidprogramme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.finance.FinanceIT.expect;
import static org.vetreport.finance.FinanceIT.firstEvent;
import static org.vetreport.finance.FinanceIT.onlyError;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
class AidProgrammesApiIT {

    private static final String GRANT = """
            {"name":"国家助学金","kind":"NATIONAL_GRANT","funder":"中央和地方财政","capPerStudent":1000.00}""";
    private static final String AWARD = """
            {"amount":%s,"paidOn":"2020-10-20"}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "p" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token().subject("aid-officer")
                .roles(Role.FINANCE).schools(school).sign());
    }

    private String programmes() {
        return "/api/v1/schools/" + school + "/aid-programmes";
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_AID_PROGRAMMES.name());
    }

    private void pay(String studentNo, String amount) {
        expect(api.put("/api/v1/schools/" + school + "/aid-awards/NG:" + studentNo + ":2020:1", AWARD.formatted(amount)), 201);
    }

    @Test
    void settingUpAProgrammeAnswers201AndPublishesAidProgrammeCreated() {
        try (TopicProbe topic = probe()) {
            Response created = api.put(programmes() + "/NG", GRANT.replace("\"NATIONAL_GRANT\"", "\"国家助学金\""));

            expect(created, 201);
            assertThat(created.header("Location")).endsWith(programmes() + "/NG");
            assertThat(created.body()).contains("\"kind\":\"NATIONAL_GRANT\"", "\"capPerStudent\":1000.00");
            ConsumerRecord<String, byte[]> event = firstEvent(topic, school);
            Records.assertCloudEvent(event, "aid-programme.created", "/finance-service", school, "NG", 1);
            assertThat(Records.value(event)).contains("\"capPerStudent\":1000.00", "\"funder\":\"中央和地方财政\"");
        }
        assertThat(api.put(programmes() + "/NG", GRANT.replace("1000.00", "1000")).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aChangeIsAnnouncedAsUpdatedAndTheHistoryKeepsWriterAndTime() {
        expect(api.put(programmes() + "/NG", GRANT), 201);
        try (TopicProbe topic = probe()) {
            Response changed = api.put(programmes() + "/NG", GRANT.replace("1000.00", "1250.00"), "If-Match", "\"1\"");

            expect(changed, 200);
            Records.assertCloudEvent(firstEvent(topic, school), "aid-programme.updated", "/finance-service", school, "NG", 2);
        }
        assertThat(api.put(programmes() + "/NG", GRANT, "If-Match", "\"1\"").status()).isEqualTo(412);
        JsonNode history = api.get(programmes() + "/NG/history").json();
        assertThat(history.valueStream().map(r -> r.get("type").asString() + " " + r.get("actor").asString()))
                .containsExactly("aid-programme.created aid-officer", "aid-programme.updated aid-officer");
    }

    @Test
    void aCapWithAThirdDecimalOrBelowZeroIsA400() {
        assertThat(onlyError(api.put(programmes() + "/NG", GRANT.replace("1000.00", "1000.005"))).get("message").asString())
                .contains("at most 2 decimals");
        assertThat(onlyError(api.put(programmes() + "/NG", GRANT.replace("1000.00", "-1000.00"))).get("message").asString())
                .isEqualTo("must be greater than 0");
        assertThat(api.put(programmes() + "/NG", GRANT.replace(",\"capPerStudent\":1000.00", "")).status()).isEqualTo(201);
    }

    @Test
    void theCapIsNotLoweredBelowAnAwardAlreadyPaid() {
        expect(api.put(programmes() + "/NG", GRANT), 201);
        pay("2020001", "950.00");
        pay("2020002", "800.00");

        JsonNode error = onlyError(api.put(programmes() + "/NG", GRANT.replace("1000.00", "900.00")));

        assertThat(error.get("field").asString()).isEqualTo("capPerStudent");
        assertThat(error.get("message").asString()).startsWith("must be at least 950.00, the largest award already paid");
        expect(api.put(programmes() + "/NG", GRANT.replace("1000.00", "950.00")), 200);
    }

    @Test
    void aProgrammeWithAwardsIsNotDeletedAndOneWithoutIsWithATombstone() {
        expect(api.put(programmes() + "/NG", GRANT), 201);
        pay("2020001", "950.00");

        Response refused = api.delete(programmes() + "/NG");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("has 1 awards");
        expect(api.delete("/api/v1/schools/" + school + "/aid-awards/NG:2020001:2020:1"), 204);
        try (TopicProbe topic = probe()) {
            expect(api.delete(programmes() + "/NG"), 204);

            ConsumerRecord<String, byte[]> event = firstEvent(topic, school);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "aid-programme.deleted", "/finance-service", school, "NG", 2);
        }
        assertThat(api.get(programmes() + "/NG").status()).isEqualTo(404);
    }

    @Test
    void missingFieldsAndAnUnknownKindAre400sNamingTheField() {
        assertThat(onlyError(api.put(programmes() + "/NG", GRANT.replace("NATIONAL_GRANT", "LOTTERY"))).get("field").asString())
                .isEqualTo("kind");
        assertThat(onlyError(api.put(programmes() + "/NG", "{\"name\":\"国家助学金\",\"kind\":\"NATIONAL_GRANT\"}"))
                .get("field").asString()).isEqualTo("funder");
        assertThat(onlyError(api.put(programmes() + "/NG:1", GRANT)).get("field").asString()).isEqualTo("code");
        assertThat(onlyError(api.put(programmes() + "/NG", GRANT.replace("{", "{\"code\":\"TW\","))).get("field").asString())
                .isEqualTo("code");
    }

    @Test
    void listsFilterByKindAndFunder() {
        expect(api.put(programmes() + "/NG", GRANT), 201);
        expect(api.put(programmes() + "/TW", "{\"name\":\"免学费\",\"kind\":\"免学费\",\"funder\":\"中央和地方财政\"}"), 201);
        expect(api.put(programmes() + "/JF", "{\"name\":\"基金会资助金\",\"kind\":\"基金会资助金\",\"funder\":\"嘉兴市教育基金会\"}"), 201);

        assertThat(codes("")).containsExactly("JF", "NG", "TW");
        assertThat(codes("?kind=TUITION_WAIVER")).containsExactly("TW");
        assertThat(codes("?funder=" + URLEncoder.encode("中央和地方财政", StandardCharsets.UTF_8)))
                .containsExactly("NG", "TW");
        assertThat(codes("?size=1&page=1")).containsExactly("NG");
        assertThat(api.get(programmes() + "?kind=LOTTERY").status()).isEqualTo(400);
    }

    private List<String> codes(String query) {
        Response response = api.get(programmes() + query);
        expect(response, 200);
        return response.json().get("items").valueStream().map(p -> p.get("code").asString()).toList();
    }
}
