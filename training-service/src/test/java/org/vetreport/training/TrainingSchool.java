package org.vetreport.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.web.util.UriUtils;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;

/** A school of its own for one test, a training department's client for it and the partners its records refer to. */
public final class TrainingSchool {

    private final String code;
    private final String baseUrl;
    private final String token;
    private final ApiClient api;

    private TrainingSchool(int port, String prefix) {
        code = prefix + UUID.randomUUID().toString().substring(0, 8);
        baseUrl = "http://localhost:" + port;
        token = TestTokens.shared().token(Role.TRAINING, code);
        api = new ApiClient(baseUrl).withToken(token);
    }

    public static TrainingSchool create(int port, String prefix) {
        return new TrainingSchool(port, prefix);
    }

    /** Records enterprise partners through the API, each an internship base since 2015. */
    public TrainingSchool withPartners(String... partnerCodes) {
        for (String partnerCode : partnerCodes) {
            Response recorded = api.put(path("partners/" + partnerCode), "{\"name\":\"合作企业" + partnerCode
                    + "\",\"kinds\":[\"INTERNSHIP_BASE\",\"APPRENTICESHIP\"],\"since\":\"2015-09-01\"}");
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        return this;
    }

    public String code() {
        return code;
    }

    public ApiClient api() {
        return api;
    }

    /** The path of something of this school, e.g. {@code path("partners")}. */
    public String path(String rest) {
        return "/api/v1/schools/" + code + "/" + rest;
    }

    /** A natural key as one path segment, the way clients must send it. */
    public static String segment(String key) {
        return UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
    }

    /** The records about this school's records: the topics are shared by every test. */
    public List<ConsumerRecord<String, byte[]>> own(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(record -> record.key().startsWith(code + ":")).toList();
    }

    /** Waits for this school's next event on a topic. */
    public ConsumerRecord<String, byte[]> next(TopicProbe topic) {
        return own(topic.awaitRecords(r -> !own(r).isEmpty(), Duration.ofSeconds(20))).get(0);
    }

    /** Waits until this school has {@code count} events on a topic and returns them. */
    public List<ConsumerRecord<String, byte[]>> await(TopicProbe topic, int count) {
        return own(topic.awaitRecords(r -> own(r).size() >= count, Duration.ofSeconds(20)));
    }

    /** The total of a list, e.g. {@code total("partners?kind=APPRENTICESHIP")}. */
    public long total(String list) {
        Response response = api.get(path(list));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("total").asLong();
    }

    /** The errors of an import report or problem as "row field", in order. */
    public static List<String> rowsAndFields(JsonNode errors) {
        return errors.valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()).toList();
    }

    /**
     * Posts an Excel workbook whose first sheet has these rows, the first being the header: strings become text
     * cells, numbers numeric cells and dates date cells, as people's spreadsheets have them.
     */
    public HttpResponse<String> postWorkbook(String path, Object[]... rows) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(workbook(rows))).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] workbook(Object[]... rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("数据");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Cell cell = row.createCell(c);
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(bytes);
        }
        return bytes.toByteArray();
    }
}
