package org.vetreport.finance.asset;

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
import org.vetreport.finance.ExactJson;
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
class AssetsApiIT {

    private static final String LAND = """
            {"name":"校园用地","category":"LAND","areaMu":297.22,"value":0,"acquiredOn":"2005-06-01"}""";
    private static final String TRAINING_BUILDING = """
            {"name":"实训楼A","category":"BUILDING","floorArea":40100.50,"use":"TRAINING","value":52000000.00,\
            "acquiredOn":"2012-09-01"}""";
    private static final String ROBOTS = """
            {"name":"工业机器人工作站","category":"EQUIPMENT","quantity":12,"purpose":"TRAINING","value":80770000.00,\
            "acquiredOn":"2019-03-01"}""";
    private static final String BOOKS = """
            {"name":"2020年新增图书","category":"BOOKS","volumes":7647,"kind":"PRINT_BOOK","value":382350.00,\
            "acquiredOn":"2020-06-30"}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "k" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token().subject("asset-keeper")
                .roles(Role.FINANCE).schools(school).sign());
    }

    private String assets() {
        return "/api/v1/schools/" + school + "/assets";
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_ASSETS.name());
    }

    @Test
    void recordingAnAssetAnswers201AndPublishesAssetCreatedWithExactFigures() {
        try (TopicProbe topic = probe()) {
            Response created = api.put(assets() + "/TD-1", LAND.replace("\"LAND\"", "\"土地\""));

            expect(created, 201);
            assertThat(created.header("Location")).endsWith(assets() + "/TD-1");
            assertThat(created.body()).contains("\"category\":\"LAND\"", "\"areaMu\":297.22", "\"value\":0.00",
                    "\"floorArea\":null", "\"disposedOn\":null");
            ConsumerRecord<String, byte[]> event = firstEvent(topic, school);
            Records.assertCloudEvent(event, "asset.created", "/finance-service", school, "TD-1", 1);
            assertThat(Records.value(event)).contains("\"areaMu\":297.22", "\"value\":0.00");
        }
        expect(api.put(assets() + "/FW-3", TRAINING_BUILDING.replace("\"TRAINING\"", "\"实训用房\"")), 201);
        JsonNode building = ExactJson.read(api.get(assets() + "/FW-3").body());
        assertThat(building.get("floorArea").decimalValue()).isEqualTo("40100.5");
        assertThat(building.get("value").decimalValue()).isEqualTo("52000000.00");
        assertThat(building.get("use").asString()).isEqualTo("TRAINING");
        assertThat(api.put(assets() + "/TD-1", LAND.replace("297.22", "297.2200")).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void eachCategorysFiguresAreRequiredForItAndRefusedForOthersNamingTheField() {
        assertThat(fields(api.put(assets() + "/TD-1", LAND.replace("\"areaMu\":297.22", "\"floorArea\":100"))))
                .containsExactly("areaMu", "floorArea");
        JsonNode error = onlyError(api.put(assets() + "/FW-3", TRAINING_BUILDING.replace(",\"use\":\"TRAINING\"", "")));
        assertThat(error.get("field").asString()).isEqualTo("use");
        assertThat(error.get("message").asString()).isEqualTo("is required for a BUILDING asset");
        JsonNode misplaced = onlyError(api.put(assets() + "/SB-1", ROBOTS.replace("\"quantity\":12", "\"quantity\":12,\"volumes\":3")));
        assertThat(misplaced.get("field").asString()).isEqualTo("volumes");
        assertThat(misplaced.get("message").asString()).isEqualTo("applies only to BOOKS assets, not EQUIPMENT");
        expect(api.put(assets() + "/SB-1", ROBOTS), 201);
        expect(api.put(assets() + "/TS-2020", BOOKS), 201);
        expect(api.put(assets() + "/JJ-1", "{\"category\":\"家具\",\"value\":1200.00,\"acquiredOn\":\"2018-01-01\"}"), 201);
    }

    @Test
    void aValueWithAThirdDecimalOrBelowZeroIsA400() {
        assertThat(onlyError(api.put(assets() + "/SB-1", ROBOTS.replace("80770000.00", "80770000.001"))).get("message").asString())
                .contains("at most 2 decimals", "not rounded");
        assertThat(onlyError(api.put(assets() + "/SB-1", ROBOTS.replace("80770000.00", "-1"))).get("message").asString())
                .isEqualTo("must not be negative");
        assertThat(onlyError(api.put(assets() + "/TD-1", LAND.replace("297.22", "297.22001"))).get("field").asString())
                .isEqualTo("areaMu");
    }

    @Test
    void aDisposedAssetStaysOnRecordAndStopsCountingFromTheDayOfDisposal() {
        expect(api.put(assets() + "/FW-3", TRAINING_BUILDING), 201);
        expect(api.put(assets() + "/FW-4", TRAINING_BUILDING.replace("实训楼A", "实训楼B")), 201);
        JsonNode early = onlyError(api.put(assets() + "/FW-3", TRAINING_BUILDING.replace("}", ",\"disposedOn\":\"2012-09-01\"}")));
        assertThat(early.get("field").asString()).isEqualTo("disposedOn");
        assertThat(early.get("message").asString()).isEqualTo("must be after acquiredOn (2012-09-01)");

        try (TopicProbe topic = probe()) {
            Response disposed = api.put(assets() + "/FW-3", TRAINING_BUILDING.replace("}", ",\"disposedOn\":\"2020-12-31\"}"));

            expect(disposed, 200);
            Records.assertCloudEvent(firstEvent(topic, school), "asset.updated", "/finance-service", school, "FW-3", 2);
        }
        assertThat(api.get(assets() + "/FW-3").json().get("disposedOn").asString()).isEqualTo("2020-12-31");
        assertThat(numbers("?heldOn=2020-12-30")).containsExactly("FW-3", "FW-4");
        assertThat(numbers("?heldOn=2020-12-31")).containsExactly("FW-4");
        assertThat(numbers("?heldOn=2012-08-31")).isEmpty();
        assertThat(numbers("?disposed=true")).containsExactly("FW-3");
        assertThat(numbers("?disposed=false")).containsExactly("FW-4");
        assertThat(numbers("")).containsExactly("FW-3", "FW-4");
    }

    @Test
    void deleteAnswers204PublishesATombstoneAndTheHistoryKeepsWriterAndTime() {
        expect(api.put(assets() + "/SB-1", ROBOTS), 201);
        try (TopicProbe topic = probe()) {
            expect(api.delete(assets() + "/SB-1"), 204);

            ConsumerRecord<String, byte[]> event = firstEvent(topic, school);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "asset.deleted", "/finance-service", school, "SB-1", 2);
        }
        JsonNode history = api.get(assets() + "/SB-1/history").json();
        assertThat(history.valueStream().map(r -> r.get("type").asString() + " " + r.get("actor").asString()))
                .containsExactly("asset.created asset-keeper", "asset.deleted asset-keeper");
        assertThat(history.get(0).get("time").asString()).isNotBlank();
    }

    @Test
    void listsFilterByCategoryUsePurposeKindAndAcquisition() {
        expect(api.put(assets() + "/TD-1", LAND), 201);
        expect(api.put(assets() + "/FW-3", TRAINING_BUILDING), 201);
        expect(api.put(assets() + "/FW-9", TRAINING_BUILDING.replace("TRAINING", "ADMINISTRATION")), 201);
        expect(api.put(assets() + "/SB-1", ROBOTS), 201);
        expect(api.put(assets() + "/TS-2020", BOOKS), 201);

        assertThat(numbers("?category=BUILDING")).containsExactly("FW-3", "FW-9");
        assertThat(numbers("?use=ADMINISTRATION")).containsExactly("FW-9");
        assertThat(numbers("?purpose=TRAINING")).containsExactly("SB-1");
        assertThat(numbers("?kind=PRINT_BOOK")).containsExactly("TS-2020");
        assertThat(numbers("?acquiredFrom=2019-01-01&acquiredTo=2020-12-31")).containsExactly("SB-1", "TS-2020");
        assertThat(numbers("?size=2&page=2")).containsExactly("TS-2020");
        assertThat(api.get(assets() + "?category=SHIPS").status()).isEqualTo(400);
    }

    @Test
    void anAssetNumberInTheBodyMustBeTheOneInThePath() {
        assertThat(onlyError(api.put(assets() + "/TD-1", LAND.replace("{", "{\"assetNo\":\"TD-2\","))).get("field").asString())
                .isEqualTo("assetNo");
    }

    private List<String> numbers(String query) {
        Response response = api.get(assets() + query);
        expect(response, 200);
        return response.json().get("items").valueStream().map(a -> a.get("assetNo").asString()).toList();
    }
}
