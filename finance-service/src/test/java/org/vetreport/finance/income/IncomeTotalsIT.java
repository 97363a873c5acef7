package org.vetreport.finance.income;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.finance.ExactJson;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * Ten thousand random amounts in, the exact total out: from the API's pages and from the events on the topic, read
 * with {@code BigDecimal} throughout. Adding the same amounts as doubles gives another total, so any floating point
 * on the way would show.
 */
@PlatformIntegrationTest
class IncomeTotalsIT {

    private static final int VOUCHERS = 10_000;
    private static final long SEED = 20201231L;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Test
    void tenThousandRandomAmountsAddUpExactlyInTheApiAndInTheEvents() {
        String school = "t" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.FINANCE, school));
        Random random = new Random(SEED);
        StringBuilder csv = new StringBuilder("凭证号,记账日期,收入类别,经费性质,金额,摘要\n");
        BigDecimal expected = BigDecimal.ZERO;
        double asDoubles = 0;
        for (int i = 0; i < VOUCHERS; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L), 2);
            expected = expected.add(amount);
            asDoubles += amount.doubleValue();
            csv.append(String.format("T%05d,2020-%02d-15,%s,%s,%s,随机金额%n", i, 1 + i % 12,
                    IncomeCategory.values()[i % 3], IncomeNature.values()[i % 2], amount.toPlainString()));
        }
        assertThat(new BigDecimal(Double.toString(asDoubles))).as("the amounts must expose floating point")
                .isNotEqualByComparingTo(expected);

        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_INCOME.name())) {
            Response imported = api.post("/api/v1/schools/" + school + "/income:import", "text/csv", csv.toString());
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("created").asInt()).isEqualTo(VOUCHERS);

            assertThat(totalOfPages(api, school)).isEqualTo(expected);
            assertThat(totalOfEvents(topic, school)).isEqualTo(expected);
        }
    }

    private static BigDecimal totalOfPages(ApiClient api, String school) {
        BigDecimal total = BigDecimal.ZERO;
        int read = 0;
        for (int page = 0; read < VOUCHERS; page++) {
            JsonNode items = ExactJson.read(api.get("/api/v1/schools/" + school + "/income?size=1000&page=" + page)
                    .body()).get("items");
            assertThat(items.size()).as("page " + page).isPositive();
            for (JsonNode item : items) {
                total = total.add(item.get("signedAmount").decimalValue());
            }
            read += items.size();
        }
        return total;
    }

    /** Keyed by voucher, so an event the relay published twice is counted once, as a compacted topic keeps it. */
    private static BigDecimal totalOfEvents(TopicProbe topic, String school) {
        List<ConsumerRecord<String, byte[]>> events = topic.awaitRecords(
                r -> r.stream().filter(e -> e.key().startsWith(school + ":")).map(ConsumerRecord::key).distinct().count() == VOUCHERS,
                Duration.ofSeconds(120));
        Map<String, BigDecimal> byVoucher = new HashMap<>();
        events.stream().filter(e -> e.key().startsWith(school + ":"))
                .forEach(e -> byVoucher.put(e.key(), ExactJson.read(e.value()).get("signedAmount").decimalValue()));
        return byVoucher.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
