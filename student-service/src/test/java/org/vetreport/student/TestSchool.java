package org.vetreport.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** A school of its own for one test, a registrar's client for it and the students its records refer to. */
public final class TestSchool {

    private final String code;
    private final String baseUrl;
    private final String token;
    private final ApiClient api;

    private TestSchool(int port, String prefix) {
        code = prefix + UUID.randomUUID().toString().substring(0, 8);
        baseUrl = "http://localhost:" + port;
        token = TestTokens.shared().token(Role.REGISTRAR, code);
        api = new ApiClient(baseUrl).withToken(token);
    }

    public static TestSchool create(int port, String prefix) {
        return new TestSchool(port, prefix);
    }

    /** The one major test students are enrolled in. */
    public static final String MAJOR = "{\"name\":\"工业机器人应用与维护\",\"openedOn\":\"2015-09-01\"}";

    /** Enrols the students through the API, in one major. */
    public TestSchool withStudents(String... studentNos) {
        assertThat(api.put(path("majors/0306"), MAJOR).status()).isEqualTo(201);
        for (String studentNo : studentNos) {
            Response enrolled = api.put(path("students/" + studentNo), student(studentNo));
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        }
        return this;
    }

    /** A student of major 0306 enrolled on 2020-09-01, as a PUT body. */
    public static String student(String studentNo) {
        return "{\"name\":\"学生" + studentNo + "\",\"gender\":\"FEMALE\",\"birthDate\":\"2005-03-08\","
                + "\"majorCode\":\"0306\",\"programme\":\"THREE_YEAR\",\"enrolledOn\":\"2020-09-01\","
                + "\"expectedGraduationOn\":\"2023-06-30\"}";
    }

    public String code() {
        return code;
    }

    public ApiClient api() {
        return api;
    }

    /** The path of something of this school, e.g. {@code path("assessments")}. */
    public String path(String rest) {
        return "/api/v1/schools/" + code + "/" + rest;
    }

    /** A natural key as one path segment, the way clients must send it. */
    public static String segment(String key) {
        return UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
    }

    /** Whether an event is about this school's records: the topics are shared by every test. */
    public boolean owns(ConsumerRecord<String, ?> record) {
        return record.key().startsWith(code + ":");
    }

    public List<ConsumerRecord<String, byte[]>> own(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(this::owns).toList();
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
