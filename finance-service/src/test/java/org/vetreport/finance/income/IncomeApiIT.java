package org.vetreport.finance.income;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
class IncomeApiIT {

    private static final String SUBSIDY = """
            {"postedOn":"2020-03-15","category":"FISCAL_SUBSIDY","nature":"BASIC","amount":628450.00,\
            "description":"2020年3月生均公用经费拨款"}""";
    private static final String REVERSAL = """
            {"postedOn":"2020-04-01","description":"冲销: 重复入账","reverses":"2020-03-0012"}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "f" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token()
                .subject("cashier-7").roles(Role.FINANCE).schools(school, "other-" + school).sign());
    }

    private String income() {
        return "/api/v1/schools/" + school + "/income";
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_INCOME.name());
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    private ConsumerRecord<String, byte[]> firstEvent(TopicProbe topic) {
        return ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(), Duration.ofSeconds(20))).get(0);
    }

    private static JsonNode onlyError(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").size()).as(response.body()).isEqualTo(1);
        return response.json().get("errors").get(0);
    }

    private void post(String voucherNo, String body) {
        Response response = api.put(income() + "/" + voucherNo, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void postingAVoucherAnswers201AndPublishesIncomePostedWithTheExactAmount() {
        try (TopicProbe topic = probe()) {
            Response posted = api.put(income() + "/2020-03-0012",
                    SUBSIDY.replace("\"FISCAL_SUBSIDY\"", "\"财政补助\"").replace("\"BASIC\"", "\"基本\""));

            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
            assertThat(posted.header("Location")).endsWith(income() + "/2020-03-0012");
            assertThat(posted.header("ETag")).isEqualTo("\"1\"");
            assertThat(posted.body()).contains("\"category\":\"FISCAL_SUBSIDY\"", "\"nature\":\"BASIC\"",
                    "\"amount\":628450.00", "\"signedAmount\":628450.00", "\"reverses\":null", "\"reversedBy\":null");
            ConsumerRecord<String, byte[]> event = firstEvent(topic);
            Records.assertCloudEvent(event, "income.posted", "/finance-service", school, "2020-03-0012", 1);
            assertThat(Records.header(event, "ce_actor")).isEqualTo("cashier-7");
            assertThat(Records.value(event)).contains("\"amount\":628450.00", "\"signedAmount\":628450.00",
                    "\"postedOn\":\"2020-03-15\"");
        }
    }

    @Test
    void theSameVoucherAgainChangesNothingWhateverScaleTheAmountIsWrittenWith() {
        try (TopicProbe topic = probe()) {
            post("2020-03-0012", SUBSIDY);
            // the first write's event is published asynchronously: wait for it, so only later ones count
            topic.awaitRecords(records -> ofThisSchool(records).size() == 1, Duration.ofSeconds(30));
            Response again = api.put(income() + "/2020-03-0012", SUBSIDY.replace("628450.00", "628450"));

            assertThat(again.status()).isEqualTo(200);
            assertThat(again.header("ETag")).isEqualTo("\"1\"");
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2)))).hasSize(1);
        }
    }

    @Test
    void aPostedVoucherWithOtherContentIs409TellingToPostAReversal() {
        post("2020-03-0012", SUBSIDY);

        Response changed = api.put(income() + "/2020-03-0012", SUBSIDY.replace("628450.00", "628405.00"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(409);
        assertThat(changed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(changed.json().get("detail").asString()).contains("a posted voucher is never changed",
                "post a reversing voucher with \"reverses\":\"2020-03-0012\"");
        Response stored = api.get(income() + "/2020-03-0012");
        assertThat(stored.body()).contains("\"amount\":628450.00");
        assertThat(stored.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aPostedVoucherIsNeverDeleted() {
        post("2020-03-0012", SUBSIDY);

        Response deletion = api.delete(income() + "/2020-03-0012");

        assertThat(deletion.status()).isEqualTo(409);
        assertThat(deletion.json().get("detail").asString()).contains("a posted voucher is never deleted",
                "post a reversing voucher");
        assertThat(api.get(income() + "/2020-03-0012").status()).isEqualTo(200);
        assertThat(api.delete(income() + "/2020-03-9999").status()).isEqualTo(404);
    }

    @Test
    void aReversalTakesTheVouchersFiguresCountsNegativelyAndPublishesIncomeReversed() {
        post("2020-03-0012", SUBSIDY);
        try (TopicProbe topic = probe()) {
            Response reversal = api.put(income() + "/2020-04-0001", REVERSAL);

            assertThat(reversal.status()).as(reversal.body()).isEqualTo(201);
            assertThat(reversal.body()).contains("\"category\":\"FISCAL_SUBSIDY\"", "\"nature\":\"BASIC\"",
                    "\"amount\":628450.00", "\"signedAmount\":-628450.00", "\"reverses\":\"2020-03-0012\"");
            ConsumerRecord<String, byte[]> event = firstEvent(topic);
            Records.assertCloudEvent(event, "income.reversed", "/finance-service", school, "2020-04-0001", 1);
            assertThat(Records.value(event)).contains("\"amount\":628450.00", "\"signedAmount\":-628450.00",
                    "\"reverses\":\"2020-03-0012\"");
        }
        JsonNode original = api.get(income() + "/2020-03-0012").json();
        assertThat(original.get("reversedBy").asString()).isEqualTo("2020-04-0001");
        assertThat(original.get("version").asLong()).isEqualTo(1);
        assertThat(api.put(income() + "/2020-04-0001", REVERSAL).status()).isEqualTo(200);
    }

    @Test
    void aSecondReversalOfAVoucherIsA400NamingTheFirst() {
        post("2020-03-0012", SUBSIDY);
        post("2020-04-0001", REVERSAL);

        JsonNode error = onlyError(api.put(income() + "/2020-04-0002", REVERSAL));

        assertThat(error.get("field").asString()).isEqualTo("reverses");
        assertThat(error.get("message").asString()).isEqualTo("'2020-03-0012' is already reversed by '2020-04-0001'; "
                + "a voucher is reversed once");
        assertThat(api.get(income() + "/2020-04-0002").status()).isEqualTo(404);
    }

    @Test
    void aReversalOfAReversalIsA400() {
        post("2020-03-0012", SUBSIDY);
        post("2020-04-0001", REVERSAL);

        JsonNode error = onlyError(api.put(income() + "/2020-04-0002", REVERSAL.replace("2020-03-0012", "2020-04-0001")));

        assertThat(error.get("field").asString()).isEqualTo("reverses");
        assertThat(error.get("message").asString()).contains("is itself the reversal of '2020-03-0012'");
    }

    @Test
    void aReversalOfAVoucherThisSchoolDoesNotHaveIsA400() {
        api.put("/api/v1/schools/other-" + school + "/income/2020-03-0012", SUBSIDY);

        JsonNode error = onlyError(api.put(income() + "/2020-04-0001", REVERSAL));

        assertThat(error.get("field").asString()).isEqualTo("reverses");
        assertThat(error.get("message").asString()).startsWith("'2020-03-0012' is not a posted voucher of this school");
    }

    @Test
    void aReversalOfPartOfTheAmountOrUnderAnotherCategoryIsA400() {
        post("2020-03-0012", SUBSIDY);

        Response response = api.put(income() + "/2020-04-0001",
                REVERSAL.replace("{", "{\"amount\":1000.00,\"category\":\"OTHER\","));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("category", "amount");
    }

    @Test
    void aThirdDecimalIsA400NotARounding() {
        JsonNode error = onlyError(api.put(income() + "/V1", SUBSIDY.replace("628450.00", "628450.005")));

        assertThat(error.get("field").asString()).isEqualTo("amount");
        assertThat(error.get("message").asString()).contains("at most 2 decimals", "not rounded");
        assertThat(api.get(income() + "/V1").status()).isEqualTo(404);
    }

    @Test
    void negativeZeroAndTextualAmountsAre400s() {
        assertThat(onlyError(api.put(income() + "/V1", SUBSIDY.replace("628450.00", "-628450.00"))).get("message").asString())
                .isEqualTo("must be greater than 0");
        assertThat(onlyError(api.put(income() + "/V1", SUBSIDY.replace("628450.00", "0"))).get("message").asString())
                .isEqualTo("must be greater than 0");
        assertThat(onlyError(api.put(income() + "/V1", SUBSIDY.replace("628450.00", "\"628450.00\""))).get("field").asString())
                .isEqualTo("amount");
    }

    @Test
    void aVoucherNumberInTheBodyMustBeTheOneInThePath() {
        JsonNode error = onlyError(api.put(income() + "/V1", SUBSIDY.replace("{", "{\"voucherNo\":\"V2\",")));

        assertThat(error.get("field").asString()).isEqualTo("voucherNo");
    }

    @Test
    void theHistoryShowsThePostingWithItsWriterAndTime() {
        post("2020-03-0012", SUBSIDY);

        JsonNode history = api.get(income() + "/2020-03-0012/history").json();

        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("type").asString()).isEqualTo("income.posted");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("cashier-7");
        assertThat(history.get(0).get("time").asString()).isNotBlank();
        assertThat(history.get(0).get("snapshot").get("signedAmount").decimalValue()).isEqualByComparingTo("628450.00");
    }

    @Test
    void listsFilterByCategoryNatureYearAndReversalAndPageInVoucherOrder() {
        post("2020-03-0012", SUBSIDY);
        post("2020-04-0001", REVERSAL);
        post("2020-05-0007", SUBSIDY.replace("FISCAL_SUBSIDY", "BUSINESS").replace("BASIC", "PROJECT"));
        post("2019-12-0100", SUBSIDY.replace("2020-03-15", "2019-12-20").replace("FISCAL_SUBSIDY", "OTHER"));

        assertThat(numbers("")).containsExactly("2019-12-0100", "2020-03-0012", "2020-04-0001", "2020-05-0007");
        assertThat(numbers("?category=FISCAL_SUBSIDY")).containsExactly("2020-03-0012", "2020-04-0001");
        assertThat(numbers("?nature=PROJECT")).containsExactly("2020-05-0007");
        assertThat(numbers("?year=2020&reversal=false")).containsExactly("2020-03-0012", "2020-05-0007");
        assertThat(numbers("?reversal=true")).containsExactly("2020-04-0001");
        assertThat(numbers("?postedFrom=2020-04-01&postedTo=2020-04-30")).containsExactly("2020-04-0001");
        assertThat(numbers("?size=1&page=1")).containsExactly("2020-03-0012");
        JsonNode page = api.get(income() + "?category=FISCAL_SUBSIDY").json();
        assertThat(page.get("items").get(0).get("reversedBy").asString()).isEqualTo("2020-04-0001");
        assertThat(api.get(income() + "?category=GIFTS").status()).isEqualTo(400);
        assertThat(api.get(income() + "?size=1001").status()).isEqualTo(400);
    }

    @Test
    void onlyTheFinanceRoleOfTheSchoolReadsAndWritesIncome() {
        ApiClient registrar = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.REGISTRAR, school));
        ApiClient stranger = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.FINANCE, "x" + school));

        assertThat(registrar.get(income()).status()).isEqualTo(403);
        assertThat(registrar.put(income() + "/V1", SUBSIDY).status()).isEqualTo(403);
        assertThat(stranger.put(income() + "/V1", SUBSIDY).status()).isEqualTo(404);
        assertThat(api.get(income() + "/V1").status()).isEqualTo(404);
    }

    @Test
    void theApiDocumentExplainsHowAReversalsAmountCountsAndShowsAmountsWithTwoDecimals() {
        Response document = new ApiClient("http://localhost:" + port).get("/v3/api-docs");
        JsonNode schemas = document.json().get("components").get("schemas");

        assertThat(schemas.get("IncomeInput").get("properties").get("amount").get("description").asString())
                .contains("Always positive, also on a reversal, which counts as minus this amount");
        assertThat(schemas.get("Income").get("properties").get("signedAmount").get("description").asString())
                .contains("minus amount for a reversal");
        assertThat(schemas.get("IncomeInput").get("properties").get("category").toString()).contains("FISCAL_SUBSIDY");
        assertThat(document.body()).contains("\"example\":628450.00", "\"example\":80770000.00")
                .doesNotContain("\"example\":628450.0,");
    }

    private List<String> numbers(String query) {
        Response response = api.get(income() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(v -> v.get("voucherNo").asString()).toList();
    }
}
