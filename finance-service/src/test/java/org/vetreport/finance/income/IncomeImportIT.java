package org.vetreport.finance.income;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.finance.ExactJson;
import org.vetreport.finance.ImportFiles;
import org.vetreport.finance.Xlsx;
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
class IncomeImportIT {

    private static final String HEADER = "凭证号,记账日期,收入类别,经费性质,金额,摘要,冲销凭证\n";
    /** Amounts as spreadsheets write them, and a reversal of a voucher in an earlier row. */
    private static final String CSV = HEADER + """
            2020-01-0001,2020/1/15,财政补助,基本,"1,234.50",一月生均经费拨款,
            2020-01-0002,2020年1月20日,事业收入,基本,"¥880,000",春季学费,
            2020-02-0001,2020-02-01,其他收入,项目,1234.5元,企业捐赠,
            2020-02-0002,2020-02-10,,,,冲销: 捐赠重复入账,2020-02-0001
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;
    String token;

    @BeforeEach
    void setUp() {
        school = "g" + UUID.randomUUID().toString().substring(0, 8);
        token = TestTokens.shared().token(Role.FINANCE, school);
        api = new ApiClient("http://localhost:" + port).withToken(token);
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/income:import" + query;
    }

    private JsonNode voucher(String voucherNo) {
        return ExactJson.read(api.get("/api/v1/schools/" + school + "/income/" + voucherNo).body());
    }

    private long total() {
        return api.get("/api/v1/schools/" + school + "/income").json().get("total").asLong();
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    @Test
    void aCsvWithChineseHeadersAndSpreadsheetAmountsImportsExactlyAndPublishesEachVoucher() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_INCOME.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(4);
            assertThat(voucher("2020-01-0001").get("amount").decimalValue()).isEqualTo("1234.50");
            assertThat(voucher("2020-01-0002").get("category").asString()).isEqualTo("BUSINESS");
            assertThat(voucher("2020-02-0001").get("reversedBy").asString()).isEqualTo("2020-02-0002");
            JsonNode reversal = voucher("2020-02-0002");
            assertThat(reversal.get("category").asString()).isEqualTo("OTHER");
            assertThat(reversal.get("nature").asString()).isEqualTo("PROJECT");
            assertThat(reversal.get("signedAmount").decimalValue()).isEqualTo("-1234.50");
            List<ConsumerRecord<String, byte[]>> events = ofThisSchool(topic.awaitRecords(r -> ofThisSchool(r).size() == 4,
                    Duration.ofSeconds(20)));
            assertThat(events).extracting(e -> Records.header(e, "ce_type"))
                    .containsExactlyInAnyOrder("income.posted", "income.posted", "income.posted", "income.reversed");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_INCOME.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first write's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> ofThisSchool(records).size() == 4, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV.replace("\"1,234.50\"", "1234.5")).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(4);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2)))).hasSize(4);
        }
    }

    @Test
    void badRowsAreListedWithRowFieldAndMessageAndNothingIsWritten() {
        String bad = CSV + """
                2020-03-0001,2020-03-01,财政补助,基本,"1.234,50",欧式写法,
                2020-03-0002,2020-03-01,财政补助,基本,"1,23.4",错位的千分位,
                2020-03-0003,2020-03-01,财政补助,基本,12.345,三位小数,
                2020-03-0004,2020-03-01,财政补助,基本,-5,负数,
                2020-03-0005,2020-03-01,捐款,基本,5,未知类别,
                2020-03-0006,2020-03-01,,,,冲销未知凭证,2019-12-0001
                2020-03-0007,2020-03-01,,,,再次冲销,2020-02-0001
                2020-01-0001,2020/1/15,财政补助,基本,1234.55,同号不同内容,
                ,2020-03-01,财政补助,基本,5,缺凭证号,
                """;

        Response response = api.post(imports(""), "text/csv", bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(ImportFiles.rowsAndFields(response.json())).containsExactly("6 amount", "7 amount", "8 amount",
                "9 amount", "10 category", "11 reverses", "12 reverses", "13 voucherNo", "14 voucherNo");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.get(0).get("message").asString()).contains("'1.234,50' is not an amount of yuan", "1,234.50");
        assertThat(errors.get(1).get("message").asString()).contains("'1,23.4' is not an amount of yuan");
        assertThat(errors.get(2).get("message").asString()).contains("at most 2 decimals");
        assertThat(errors.get(3).get("message").asString()).isEqualTo("must be greater than 0");
        assertThat(errors.get(6).get("message").asString()).contains("already reversed by '2020-02-0002'");
        assertThat(errors.get(7).get("message").asString()).contains("appears in an earlier row with other content");
        assertThat(total()).isZero();
    }

    @Test
    void aRowChangingAPostedVoucherIsRefusedTellingToPostAReversal() {
        api.post(imports(""), "text/csv", CSV);

        Response response = api.post(imports(""), "text/csv", CSV.replace("\"1,234.50\"", "1234.55"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(ImportFiles.rowsAndFields(response.json())).containsExactly("2 voucherNo");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains("a posted voucher is never changed", "post a reversing voucher");
        assertThat(voucher("2020-01-0001").get("amount").decimalValue()).isEqualTo("1234.50");
    }

    @Test
    void validOnlyImportsTheGoodRowsAndAReversalOfARefusedRowIsRefusedToo() {
        String csv = CSV + """
                2020-03-0001,2020-03-01,财政补助,基本,"1.234,50",欧式写法,
                2020-03-0002,2020-03-05,,,,冲销,2020-03-0001
                """;

        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", csv).json();

        assertThat(report.get("created").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").asInt()).isEqualTo(2);
        assertThat(ImportFiles.rowsAndFields(report)).containsExactly("6 amount", "7 reverses");
        assertThat(total()).isEqualTo(4);
    }

    @Test
    void aDryRunChecksAndReportsButWritesNothing() {
        JsonNode report = api.post(imports("?dryRun=true"), "text/csv", CSV).json();

        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("written").asBoolean()).isFalse();
        assertThat(report.get("rows").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(total()).isZero();
        assertThat(api.post(imports(""), "text/csv", CSV).json().get("created").asInt()).isEqualTo(4);
    }

    @Test
    void jsonAndNdjsonRowsFollowTheRulesOfTheApi() {
        Response json = api.post(imports(""), "application/json", """
                [{"voucherNo":"J1","postedOn":"2020-05-01","category":"FISCAL_SUBSIDY","nature":"PROJECT",\
                "amount":2472880.00,"description":"项目经费"},
                 {"voucherNo":"J2","postedOn":"2020-05-02","description":"冲销","reverses":"J1"}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"voucherNo":"N1","postedOn":"2020-06-01","category":"OTHER","nature":"BASIC","amount":0.10,"description":"利息"}
                {"voucherNo":"N2","postedOn":"2020-06-01","category":"OTHER","nature":"BASIC","amount":"1,234.50","description":"文本金额"}
                {"voucherNo":"N3",
                {"voucherNo":"N4","postedOn":"2020-06-02","description":"冲销","reverses":"J2"}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(2);
        assertThat(voucher("J2").get("signedAmount").decimalValue()).isEqualTo("-2472880.00");
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(ImportFiles.rowsAndFields(ndjson.json())).containsExactly("2 amount", "3 row", "4 reverses");
        assertThat(voucher("N1").get("amount").decimalValue()).isEqualTo("0.10");
    }

    @Test
    void anExcelWorkbookImportsNumberCellsAndTextAmountsExactly() {
        byte[] workbook = Xlsx.of(
                new Object[] {"凭证号", "日期", "收入类别", "性质", "金额", "摘要"},
                new Object[] {"X1", "2020-07-01", "财政补助", "项目", 14891930.07d, "财政补助收入"},
                new Object[] {"X2", "2020-07-02", "事业收入", "基本", "¥1,234.50", "培训费"},
                new Object[] {"X3", "2020-07-03", "其他收入", "基本", 3999.999d, "三位小数"});

        HttpResponse<String> response = ImportFiles.post("http://localhost:" + port + imports("?mode=valid-only"),
                token, Xlsx.MEDIA_TYPE, workbook);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":2", "\"row\":4,\"field\":\"amount\"");
        assertThat(voucher("X1").get("amount").decimalValue()).isEqualTo("14891930.07");
        assertThat(voucher("X2").get("amount").decimalValue()).isEqualTo("1234.50");
    }
}
