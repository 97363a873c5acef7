package org.vetreport.report.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
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
import org.vetreport.platform.test.TestTokens;
import org.vetreport.report.check.DomainEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The yearly document over replicated data: templates, narrative, images, editions and renderings. */
@PlatformIntegrationTest
class ReportsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    String school;
    DomainEvents events;
    String token;
    ApiClient editor;

    @BeforeEach
    void setUp() {
        school = "r" + UUID.randomUUID().toString().substring(0, 8);
        events = new DomainEvents(infrastructure.kafkaBootstrapServers(), school);
        token = TestTokens.shared().token().subject("editor-1").roles(Role.REPORT_EDITOR).schools(school).sign();
        editor = new ApiClient("http://localhost:" + port).withToken(token);
        assertThat(new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.ADMIN, school))
                .put("/api/v1/schools/" + school, """
                        {"name":"九江市中等专业学校","provinceCode":"360000","cityCode":"360400",
                         "foundingAuthority":"九江市教育局","honours":["国家中等职业教育改革发展示范学校"]}""").status())
                .isEqualTo(201);
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    private String reports() {
        return "/api/v1/schools/" + school + "/reports/2020";
    }

    private void student(String studentNo, String gender, String enrolledOn) {
        events.publish(Topics.STUDENT_STUDENTS, studentNo, """
                {"studentNo":"%s","gender":"%s","majorCode":"660301","className":"1班","programme":"THREE_YEAR",
                 "fullTime":true,"enrolledOn":"%s","statusHistory":[{"status":"ENROLLED","effectiveOn":"%s"}]}"""
                .formatted(studentNo, gender, enrolledOn, enrolledOn));
    }

    private void awaitEnrolled(long count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> editor.get("/api/v1/schools/" + school
                + "/indicators?year=2020&ids=students.enrolled").json().get("indicators").get(0).get("value").asLong() == count);
    }

    /** Three students, two of them enrolled in 2019, and income of two categories. */
    private void smallSchool() {
        student("S1", "MALE", "2019-09-01");
        student("S2", "MALE", "2019-09-01");
        student("S3", "FEMALE", "2020-09-01");
        events.publish(Topics.FINANCE_INCOME, "V1", """
                {"voucherNo":"V1","postedOn":"2020-05-01","category":"FISCAL_SUBSIDY","nature":"BASIC","signedAmount":900000.00}""");
        events.publish(Topics.FINANCE_INCOME, "V2", """
                {"voucherNo":"V2","postedOn":"2020-06-01","category":"BUSINESS","nature":"PROJECT","signedAmount":100000.00}""");
        awaitEnrolled(3);
    }

    private Response write(String section, String text) {
        return editor.put(reports() + "/sections/" + section, "{\"text\":" + quoted(text) + "}");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private HttpResponse<byte[]> bytes(String method, String path, byte[] body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String text(String path) {
        HttpResponse<byte[]> response = bytes("GET", path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<String> runs(JsonNode section) {
        return section.get("blocks").valueStream().filter(block -> block.get("type").asString().equals("paragraph"))
                .map(block -> block.get("runs").valueStream().map(run -> run.get("text").asString())
                        .reduce("", String::concat)).toList();
    }

    private static JsonNode section(JsonNode sections, String id) {
        for (JsonNode section : sections) {
            if (section.get("id").asString().equals(id)) {
                return section;
            }
            JsonNode below = section(section.get("children"), id);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @Test
    void the2016OutlineRendersToJsonAndMarkdownWithFiguresAndNarrative() {
        smallSchool();
        assertThat(write("1.2", "全校在校生**{{students.enrolled}}人**，新生{{students.newEnrolled}}人。").status()).isEqualTo(200);

        JsonNode document = editor.get(reports() + ".json").json();
        assertThat(document.get("titlePage").get("title").asString()).isEqualTo("九江市中等专业学校2020年教育质量年度报告");
        assertThat(document.get("sections").valueStream().map(s -> s.get("title").asString())).containsExactly(
                "学校情况", "学生发展", "质量保障措施", "校企合作", "社会贡献", "举办者履责", "特色创新", "主要问题和工作建议");
        JsonNode students = section(document.get("sections"), "1.2");
        assertThat(runs(students)).first().asString().startsWith("学校现有全日制在校生3人，男女生比例2:1；2020年新生招生数为1人");
        assertThat(runs(students)).last().isEqualTo("全校在校生3人，新生1人。");
        assertThat(students.get("blocks").valueStream().filter(b -> b.get("type").asString().equals("chart")))
                .singleElement().satisfies(chart -> assertThat(chart.get("series").get(0).get("values").get(4).asInt()).isEqualTo(3));
        assertThat(runs(section(document.get("sections"), "6.1")).get(0)).contains("财政补助收入90万元，占总收入的90%");

        String markdown = text(reports() + ".md");
        assertThat(markdown).contains("## 一、学校情况", "### （二）学生情况", "全校在校生**3人**，新生1人。",
                "**图：收入构成**（单位：万元）").doesNotContain("{{", "\\u");
        HttpResponse<byte[]> response = bytes("GET", reports() + ".md", null);
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString()
                .contains("filename*=UTF-8''" + school + "-2020-%E8%B4%A8%E9%87%8F%E6%8A%A5%E5%91%8A.md");
    }

    @Test
    void the2024OutlineIsPickedPerYearAndEndsWithTheIndicatorTables() {
        smallSchool();
        Response picked = editor.put(reports(), "{\"template\":\"outline-2024\"}");
        assertThat(picked.status()).as(picked.toString()).isEqualTo(200);
        assertThat(picked.json().get("template").asString()).isEqualTo("outline-2024");
        assertThat(write("talent.case", "案例：**订单班**培养学生{{students.enrolled}}人。").status()).isEqualTo(200);

        JsonNode document = editor.get(reports() + ".json").json();
        assertThat(document.get("sections").valueStream().map(s -> s.get("title").asString())).containsExactly(
                "人才培养", "服务贡献", "文化传承", "国际合作", "产教融合", "发展保障", "面临挑战", "指标表");
        assertThat(runs(section(document.get("sections"), "talent.case"))).containsExactly("案例：订单班培养学生3人。");
        assertThat(section(document.get("sections"), "service.case")).as("a case nobody wrote is left out").isNull();
        String markdown = text(reports() + ".md");
        assertThat(markdown).contains("## 八、指标表", "**表1 学生发展**", "| 全日制在校生 | 人 | 3 |").doesNotContain("{{");
        assertThat(editor.get("/api/v1/schools/" + school + "/reports/2019").json().get("template").asString())
                .as("another year keeps the default").isEqualTo("outline-2016");
    }

    @Test
    void editingNarrativeAfterAnEditionLeavesTheEditionsBytesUnchanged() {
        smallSchool();
        write("1.2", "第一版的文字，在校生{{students.enrolled}}人。");
        Response published = editor.post(reports() + "/editions", "application/json", "{\"override\":\"试运行，未锁定\"}");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().get("number").asInt()).isEqualTo(1);
        byte[] markdown = bytes("GET", reports() + "/editions/1.md", null).body();
        byte[] json = bytes("GET", reports() + "/editions/1.json", null).body();

        write("1.2", "改过的文字。");
        student("S4", "FEMALE", "2020-09-01");
        awaitEnrolled(4);

        assertThat(bytes("GET", reports() + "/editions/1.md", null).body()).isEqualTo(markdown);
        assertThat(bytes("GET", reports() + "/editions/1.json", null).body()).isEqualTo(json);
        assertThat(new String(markdown, StandardCharsets.UTF_8)).contains("第一版的文字，在校生3人。", "第1版");
        assertThat(text(reports() + ".md")).contains("改过的文字。", "学校现有全日制在校生4人");
    }

    @Test
    void theDiffOfTwoEditionsNamesExactlyWhatChanged() {
        smallSchool();
        write("1.2", "原文。");
        write("8.1", "不变的问题。");
        editor.post(reports() + "/editions", "application/json", "{\"override\":\"演示\"}");
        write("1.2", "新文。");
        editor.post(reports() + "/editions", "application/json", "{\"override\":\"演示\"}");
        student("S4", "FEMALE", "2020-09-01");
        awaitEnrolled(4);
        editor.post(reports() + "/editions", "application/json", "{\"override\":\"演示\"}");

        JsonNode textOnly = editor.get(reports() + "/editions/1/diff/2").json();
        assertThat(textOnly.get("figures").size()).isZero();
        assertThat(textOnly.get("sections").valueStream().map(s -> s.get("section").asString())).containsExactly("1.2");
        assertThat(textOnly.get("sections").get(0).get("from").asString()).isEqualTo("原文。");
        assertThat(textOnly.get("sections").get(0).get("to").asString()).isEqualTo("新文。");

        JsonNode dataOnly = editor.get(reports() + "/editions/2/diff/3").json();
        assertThat(dataOnly.get("sections").size()).isZero();
        List<String> changed = dataOnly.get("figures").valueStream().map(f -> f.get("indicator").asString()).toList();
        assertThat(changed).contains("students.enrolled", "students.female", "students.newEnrolled")
                .doesNotContain("students.male", "finance.income.total", "majors.count");
        JsonNode enrolled = dataOnly.get("figures").valueStream()
                .filter(f -> f.get("indicator").asString().equals("students.enrolled")).findFirst().orElseThrow();
        assertThat(enrolled.get("fromValue").asInt()).isEqualTo(3);
        assertThat(enrolled.get("toValue").asInt()).isEqualTo(4);
    }

    @Test
    void publishingNeedsALockedYearOrAReasonRecordedWithTheCaller() {
        Response refused = editor.post(reports() + "/editions", "application/json", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("DRAFT", "override");
        assertThat(editor.post(reports() + "/editions", "application/json", "{\"override\":\"  \"}").status()).isEqualTo(409);

        Response published = editor.post(reports() + "/editions", "application/json", "{\"override\":\"教育局要求提前报送\"}");
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.header("Location")).endsWith(reports() + "/editions/1");
        JsonNode listed = editor.get(reports() + "/editions").json().get(0);
        assertThat(listed.get("yearStatus").asString()).isEqualTo("DRAFT");
        assertThat(listed.get("override").asString()).isEqualTo("教育局要求提前报送");
        assertThat(listed.get("createdBy").asString()).isEqualTo("editor-1");
        assertThat(editor.get(reports() + "/editions/1").json().get("inputs").get("template").asString()).isEqualTo("outline-2016");
        assertThat(editor.get(reports() + "/editions/2").status()).isEqualTo(404);
    }

    @Test
    void narrativeIsVersionedAndAStaleIfMatchIsRefused() {
        Response first = write("8.1", "问题一。");
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        Response second = editor.put(reports() + "/sections/8.1", "{\"text\":\"问题一、二。\"}", "If-Match", "\"1\"");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(second.json().get("updatedBy").asString()).isEqualTo("editor-1");

        assertThat(editor.put(reports() + "/sections/8.1", "{\"text\":\"覆盖\"}", "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(editor.get(reports() + "/sections/8.1").json().get("text").asString()).isEqualTo("问题一、二。");
        Response markdown = editor.send("PUT", reports() + "/sections/8.2", "text/markdown;charset=UTF-8",
                "- 加大**实训设备**投入\n- 引进高技能师资");
        assertThat(markdown.status()).as(markdown.toString()).isEqualTo(200);
        assertThat(markdown.json().get("text").asString()).isEqualTo("- 加大**实训设备**投入\n- 引进高技能师资");
        assertThat(editor.get(reports()).json().get("sections").valueStream()
                .filter(s -> s.get("id").asString().equals("8.1")).findFirst().orElseThrow().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aLockedYearIsPublishedWithoutAReason() {
        String checks = "/api/v1/schools/" + school + "/checks";
        editor.get(checks + "?year=2020").json().get("findings").valueStream()
                .filter(f -> f.get("severity").asString().equals("WARNING"))
                .forEach(f -> assertThat(editor.post(checks + "/" + f.get("id").asString() + ":explain",
                        "application/json", "{\"text\":\"核实无误\"}").status()).isEqualTo(200));
        assertThat(editor.send("POST", "/api/v1/schools/" + school + "/years/2020:validate", null, null).status()).isEqualTo(200);
        assertThat(editor.send("POST", "/api/v1/schools/" + school + "/years/2020:lock", null, null).status()).isEqualTo(200);

        Response published = editor.post(reports() + "/editions", "application/json", "");

        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().get("yearStatus").asString()).isEqualTo("LOCKED");
        JsonNode override = published.json().get("override");
        assertThat(override == null || override.isNull()).as("no reason needed").isTrue();
        assertThat(text(reports() + "/editions/1.md")).contains("第1版");
    }

    @Test
    void anUnknownPlaceholderOrSectionIsABadRequestNamingTheNearestValidOnes() {
        Response placeholder = write("1.2", "在校生{{students.enroled}}人，{{students.newEnrolled.chnage}}");
        assertThat(placeholder.status()).isEqualTo(400);
        assertThat(placeholder.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = placeholder.json().get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("text");
        assertThat(errors.get(0).get("message").asString()).contains("{{students.enroled}}", "{{students.enrolled}}");
        assertThat(errors.get(1).get("message").asString()).contains("{{students.newEnrolled.change}}");

        Response section = write("1.22", "文字");
        assertThat(section.status()).isEqualTo(400);
        assertThat(section.json().get("errors").get(0).get("field").asString()).isEqualTo("sectionId");
        assertThat(section.json().get("errors").get(0).get("message").asString()).contains("1.2");

        assertThat(editor.put(reports(), "{\"template\":\"outline-1999\"}").status()).isEqualTo(400);
        assertThat(write("1.2", "{{students.enrolled").status()).isEqualTo(400);
    }

    @Test
    void anImageIsUploadedCheckedAndShownInTheNarrative() {
        HttpResponse<byte[]> uploaded = bytes("POST", reports() + "/images", PNG);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        JsonNode stored = JSON.readTree(uploaded.body());
        String id = stored.get("id").asString();
        assertThat(stored.get("contentType").asString()).isEqualTo("image/png");
        assertThat(uploaded.headers().firstValue("Location")).get().asString().endsWith("/images/" + id);
        assertThat(bytes("GET", reports() + "/images/" + id, null).body()).isEqualTo(PNG);
        assertThat(write("7.1", "案例：实训基地\n![实训基地](image:" + id + ")").status()).isEqualTo(200);

        JsonNode image = section(editor.get(reports() + ".json").json().get("sections"), "7.1").get("blocks").get(1);
        assertThat(image.get("type").asString()).isEqualTo("image");
        assertThat(image.get("caption").asString()).isEqualTo("实训基地");
        assertThat(image.get("contentType").asString()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(image.get("bytes").asString())).isEqualTo(PNG);
    }

    @Test
    void anImageTooLargeOrNotAnImageOrNotUploadedIsRefused() {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        assertThat(bytes("POST", reports() + "/images", large).statusCode()).isEqualTo(413);
        HttpResponse<byte[]> gif = bytes("POST", reports() + "/images", "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        assertThat(gif.statusCode()).isEqualTo(400);
        assertThat(new String(gif.body(), StandardCharsets.UTF_8)).contains("PNG or JPEG");
        assertThat(write("7.1", "![照片](image:0123456789abcdef)").status()).isEqualTo(400);
    }

    @Test
    void anUnknownFormatIsNotFoundListingTheKnownOnes() {
        Response unknown = editor.get(reports() + ".odt");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("json", "md");
        assertThat(editor.get(reports()).json().get("formats").valueStream().map(JsonNode::asString)).contains("json", "md");
    }

    @Test
    void bothOutlinesRenderToDocxHtmlAndPdfWithTheirChaptersTablesAndCharts() throws IOException {
        smallSchool();
        for (String template : List.of("outline-2016", "outline-2024")) {
            assertThat(editor.put(reports(), "{\"template\":\"" + template + "\"}").status()).isEqualTo(200);
            String firstChapter = template.equals("outline-2016") ? "学校情况" : "人才培养";

            HttpResponse<byte[]> docx = bytes("GET", reports() + ".docx", null);
            assertThat(docx.statusCode()).as(template + " docx").isEqualTo(200);
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
                assertThat(word.getParagraphs()).as(template).anySatisfy(paragraph -> {
                    assertThat(paragraph.getStyle()).isEqualTo("Heading1");
                    assertThat(paragraph.getText()).contains(firstChapter);
                });
                assertThat(word.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("学校现有全日制在校生3人"));
                if (template.equals("outline-2024")) {
                    assertThat(word.getTables()).as("the 2024 outline's indicator tables").isNotEmpty();
                }
                assertThat(word.getCharts()).as(template + " charts").isNotEmpty();
            }

            String html = text(reports() + ".html");
            assertThat(html).contains("<svg");
            assertThat(html.replaceAll("<[^>]+>", "")).contains(firstChapter, "学校现有全日制在校生3人");

            HttpResponse<byte[]> pdf = bytes("GET", reports() + ".pdf", null);
            if (pdf.statusCode() == 200) {
                try (PDDocument document = Loader.loadPDF(pdf.body())) {
                    // figures are set in a Latin face beside the Chinese one: read the text in the order it is printed
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setSortByPosition(true);
                    assertThat(stripper.getText(document)).contains(firstChapter, "学校现有全日制在校生3人");
                }
            } else {
                // a machine without a font that has Chinese glyphs: the answer says which setting names one
                assertThat(pdf.statusCode()).isEqualTo(500);
                assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).contains("report.render.pdf.font");
            }
        }
    }
}
