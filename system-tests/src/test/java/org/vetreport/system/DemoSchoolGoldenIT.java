package org.vetreport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * The golden test of the demo school: deploy/demo/Generate.java writes 嘉兴技师学院's 2019 and 2020 records, they go
 * through the gateway's bulk imports, the services publish them, the report service replicates them, and the 2020
 * indicators it computes are the figures of the seed report, with the seed's year-over-year differences. Where the
 * seed contradicts itself (deploy/demo/README.md) the records stay true and the test asserts what they give. The
 * seed's prose (deploy/demo/narrative) is written into the 2020 report as deploy/local/demo.sh writes it, and the
 * report's DOCX says chapter 1's key sentences with the seed's numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSchoolGoldenIT {

    private static final String SCHOOL = "jxtc";
    private static final Duration REPLICATED = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * The figures the seed prints, as it prints them: each computed value is compared at the seed's number of
     * decimals (99.81 % is the seed's 99.8 %).
     */
    private static final String SEED_2020 = """
            school.landArea = 297.22
            school.buildingArea = 131161
            school.assetsExcludingLandAndBuildings = 13071.28
            school.trainingEquipmentValue = 8077
            students.enrolled = 6324
            students.male = 4029
            students.female = 2295
            students.genderRatio = 1.76
            students.newEnrolled = 1774
            students.retentionRate = 99.8
            students.graduates = 750
            students.graduationRate = 99.6
            training.headcount = 27446
            faculty.establishedTeachers = 387
            faculty.fullTimeTeachers = 360
            faculty.bachelorOrAbove = 357
            faculty.masterOrAbove = 93
            faculty.masterOrAboveRatio = 25.83
            faculty.studentTeacherRatio = 16.3
            faculty.seniorTitle = 160
            faculty.seniorTitleRatio = 44.44
            faculty.professionalTeachers = 247
            faculty.professionalTeachersRatio = 68.61
            faculty.dualQualified = 235
            faculty.dualQualifiedRatio = 95.14
            faculty.partTimeTeachers = 25
            faculty.externalTeachers = 43
            facilities.teachingBuildingArea = 76400
            facilities.adminBuildingArea = 8386.47
            facilities.trainingRoomArea = 40100
            facilities.workstations = 5200
            facilities.workstationsPerStudent = 0.96
            facilities.equipmentValuePerStudent = 1.91
            library.area = 3134
            library.newBooks = 7647
            library.newJournals = 419
            library.books = 160524
            students.culturalPassRate = 97.27
            students.culturalPassRate.chinese = 97.90
            students.culturalPassRate.math = 96.40
            students.culturalPassRate.english = 97.50
            students.skillTestPassRate = 100
            students.certificateRate = 100
            students.fitnessPassRate = 95.20
            satisfaction.clubActivities = 99.1
            satisfaction.campusSafety = 99.4
            satisfaction.teaching = 98
            satisfaction.graduatesOnSchool = 99.06
            satisfaction.careerProspects = 91.25
            satisfaction.employers = 82.8
            satisfaction.employmentService = 99.06
            aid.nationalGrant.students = 251
            aid.nationalGrant.amount = 25.04
            aid.educationVoucher.students = 250
            aid.foundationGrant.students = 8
            aid.schoolGrant.students = 169
            aid.jobSeekingSubsidy.students = 2
            aid.enlistmentCompensation.students = 12
            aid.nationalScholarship.students = 6
            aid.other.students = 1
            employment.rate = 100
            employment.relevantRate = 81.11
            employment.startingSalary = 3609
            employment.furtherEducation = 99
            employment.furtherEducationRate = 13.2
            employment.local = 578
            majors.count = 20
            majors.groups = 5
            electives.courses = 85
            electives.teachers = 70
            electives.students = 2900
            apprenticeship.students = 392
            apprenticeship.mentors = 55
            apprenticeship.courses = 24
            teacherTraining.municipal = 400
            teacherTraining.provincial = 11
            research.awards = 5
            research.contestAwards = 27
            research.papers = 64
            research.projects = 28
            activities.clubs = 38
            activities.clubEvents = 436
            activities.volunteerEvents = 1433
            internships.students = 909
            internships.hired = 412
            internships.relevantRate = 80.3
            internships.insuredRate = 100
            internships.enterpriseWorkstations = 1200
            training.appraisalsInSchool = 1846
            training.headcountToStudents = 4.34
            training.passRate = 85.95
            training.occupations = 11
            contests.hosted = 5
            finance.income.total = 16325.62
            finance.income.fiscalSubsidy = 14891.93
            finance.income.fiscalSubsidyShare = 91.22
            finance.income.business = 880
            finance.income.businessShare = 5.39
            finance.income.other = 553.69
            finance.income.otherShare = 3.39
            finance.income.basic = 13852.74
            finance.income.basicShare = 84.85
            finance.income.project = 2472.88
            finance.income.projectShare = 15.15
            """;

    /** The seed's comparisons with 2019: new students +537, training +4990, part-time teachers +15, 用房 +0.5 万㎡ … */
    private static final String SEED_CHANGES = """
            students.newEnrolled = 537
            training.headcount = 4990
            faculty.partTimeTeachers = 15
            facilities.teachingBuildingArea = 5000
            facilities.workstations = 342
            satisfaction.careerProspects = 0.75
            """;

    Path data;
    Path narrative;
    PlatformStack stack;
    Map<String, JsonNode> figures;
    Map<String, Long> narrativeVersions;

    @BeforeAll
    void loadTheDemoSchool() throws Exception {
        stack = PlatformStack.get();
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath();
        // kept under target for a look at what was loaded
        data = Files.createDirectories(root.resolve("system-tests/target/demo/" + SCHOOL));
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                root.resolve("deploy/demo/Generate.java").toString(), data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("generator.log").toFile()).start();
        assertThat(generator.waitFor(2, TimeUnit.MINUTES)).as("generator finished").isTrue();
        assertThat(generator.exitValue()).as(Files.readString(data.resolve("generator.log"))).isZero();

        Response profile = stack.gateway(Role.REPORT_EDITOR, SCHOOL).put("/api/v1/schools/" + SCHOOL,
                Files.readString(data.resolve("school.json")));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(201);

        Map<String, Integer> expected = new HashMap<>();
        for (Path file : files(data)) {
            String resource = resource(file);
            int rows = lines(file).size();
            expected.put(service(resource) + "." + resource + ".v1", rows);
            JsonNode report = importFile(file);
            assertThat(report.get("created").asInt()).as(resource + " created").isEqualTo(rows);
        }
        narrative = root.resolve("deploy/demo/narrative");
        narrativeVersions = new HashMap<>();
        for (Path file : sections(narrative)) {
            narrativeVersions.put(section(file), writeSection(file).get("version").asLong());
        }
        await().atMost(REPLICATED).pollInterval(Duration.ofSeconds(2)).until(() -> replicated().equals(expected));
        figures = new LinkedHashMap<>();
        indicators().get("indicators").valueStream().forEach(value -> figures.put(value.get("id").asString(), value));
    }

    @Test
    void everyFigureOfTheSeedIsComputedFromTheRecords() {
        Map<String, BigDecimal> seed = table(SEED_2020);
        assertThat(seed).hasSizeGreaterThan(100);
        seed.forEach((id, printed) -> {
            BigDecimal value = figure(id).get("value").decimalValue();
            assertThat(value.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP)).as(id)
                    .isEqualByComparingTo(printed);
        });
    }

    @Test
    void theYearOverYearDifferencesAreTheSeeds() {
        table(SEED_CHANGES).forEach((id, change) ->
                assertThat(figure(id).get("change").decimalValue()).as(id).isEqualByComparingTo(change));
        // 总收入比2019年增加4.27%
        assertThat(figure("finance.income.total").get("changePercent").decimalValue()).isEqualByComparingTo("4.27");
    }

    @Test
    void awardsAidAndSubjectsSplitAsTheSeedCountsThem() {
        assertThat(parts("awards.students")).containsAllEntriesOf(Map.of(
                "NATIONAL_INDUSTRY.GOLD", new BigDecimal("4"), "NATIONAL_INDUSTRY.SILVER", new BigDecimal("6"),
                "NATIONAL_INDUSTRY.BRONZE", new BigDecimal("8"), "PROVINCIAL_FIRST_CLASS.GOLD", new BigDecimal("10"),
                "PROVINCIAL_FIRST_CLASS.SILVER", new BigDecimal("11"), "PROVINCIAL_FIRST_CLASS.BRONZE", new BigDecimal("14"),
                "MUNICIPAL.GOLD", new BigDecimal("5"), "MUNICIPAL.SILVER", new BigDecimal("12"),
                "MUNICIPAL.BRONZE", new BigDecimal("21")));
        // 上学期免学费学生3232人，金额628.45万元；下学期金额1420.24万元 (the spring term's 7358 students: README)
        assertThat(parts("aid.tuitionWaiver.students").get("2020-1")).isEqualByComparingTo("3232");
        assertThat(parts("aid.tuitionWaiver.amount").get("2020-1")).isEqualByComparingTo("628.45");
        assertThat(parts("aid.tuitionWaiver.amount").get("2019-2")).isEqualByComparingTo("1420.24");
        // 教育券资助金额21.775万元: one more decimal than 万元 figures print, so in yuan
        assertThat(figure("aid.educationVoucher.amount").get("numerator").decimalValue()).isEqualByComparingTo("217750");
    }

    @Test
    void theChecksFindNoErrorInTheRecordsAndAskToExplainTheIntakesGrowth() {
        Response response = stack.gateway(Role.REPORT_EDITOR, SCHOOL).get("/api/v1/schools/" + SCHOOL + "/checks?year=2020");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> findings = response.json().get("findings").valueStream().toList();
        assertThat(findings).as(response.body()).noneMatch(f -> f.get("severity").asString().equals("ERROR"));
        // 新生比上年增长537人 is +43.41 %: a real change, which the report has to explain
        assertThat(findings).anyMatch(f -> f.get("rule").asString().equals("year-over-year-change")
                && f.get("indicator").asString().equals("students.newEnrolled"));
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws IOException {
        for (Path file : files(data)) {
            JsonNode report = importFile(file);
            assertThat(report.get("created").asInt() + report.get("updated").asInt()).as(resource(file)).isZero();
        }
    }

    @Test
    void theReportSaysChapterOnesKeySentencesWithTheSeedsNumbers() throws Exception {
        String text = docxText();
        // 1.1 学校概况: the profile's description and honours, then the generated land and assets sentence
        assertThat(text).contains("嘉兴市人民政府举办的中等职业学校",
                "国家级高技能人才培训基地、浙江省名校、浙江省现代化学校、浙江省“双高”建设单位",
                "学校占地面积297.22亩", "13071.28万元，实训设备值8077万元");
        // 1.2 学生情况, as the seed words it up to the change in intake
        assertThat(text).contains("学校现有全日制在校生6324人，男女生比例1.76:1；2020年新生招生数为1774人，比上年增长537人",
                "学生毕业率99.6%", "全年度技术技能培训27446人次，比上年增长4990人次");
        // 1.3 教师队伍
        assertThat(text).contains("学校在编教师387人，专任教师360人", "硕士及以上93人，占专任教师的25.83%。生师比为16.3:1",
                "高级职称教师160人，占专任教师的44.44%", "专业课教师247人，占专任教师的68.61%",
                "“双师型”教师235人，占专业课教师的95.14%", "兼职教师25人，比上年增长15人；外聘教师43人");
        // 1.4 设施设备: 7.64万平方米 and its 0.5万平方米 more, in square metres
        assertThat(text).contains("学校教学及辅助用房面积76400平方米，比上年增长5000平方米；行政办公用房8386.47平方米",
                "实验实训工位数5200个", "生均实训工位数0.96个", "新增期刊419册", "现有图书160524册");
    }

    @Test
    void theReportPrintsTheNarrativeWithItsFiguresFilledIn() throws Exception {
        String text = docxText();
        // 2.5 and 3.2.2 as the seed prints them, their figures now read from the indicators
        assertThat(text).contains("学生发展前景满意度达91.25%，比上年提高0.75个百分点",
                "培养现代学徒制学生392人，55位企业导师进课堂开设了24门专业课", "新增实训工位342个",
                "学生社团共38个", "高举三面红色旗帜", "1. 办学条件有待提升。");
        assertThat(text).doesNotContain("{{", "}}", "[bookmark");
    }

    @Test
    void writingTheNarrativeAgainKeepsEveryVersion() throws IOException {
        assertThat(narrativeVersions).hasSizeGreaterThan(40);
        for (Path file : sections(narrative)) {
            assertThat(writeSection(file).get("version").asLong()).as(section(file))
                    .isEqualTo(narrativeVersions.get(section(file)));
        }
    }

    /** One section's file, as deploy/local/demo.sh sends it. */
    private JsonNode writeSection(Path file) throws IOException {
        Response response = stack.gateway(Role.REPORT_EDITOR, SCHOOL).send("PUT", "/api/v1/schools/" + SCHOOL
                + "/reports/2020/sections/" + section(file), "text/markdown; charset=UTF-8",
                Files.readString(file, StandardCharsets.UTF_8));
        assertThat(response.status()).as(section(file) + ": " + response).isEqualTo(200);
        return response.json();
    }

    /** The paragraphs of the 2020 report's DOCX, one a line: ApiClient reads bodies as text, so the bytes come here. */
    private String docxText() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.process("gateway").baseUrl() + "/api/v1/schools/"
                        + SCHOOL + "/reports/2020.docx"))
                .header("Authorization", "Bearer " + TestTokens.shared().token(Role.VIEWER, SCHOOL))
                .timeout(Duration.ofMinutes(1)).build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            return docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    private JsonNode importFile(Path file) throws IOException {
        String resource = resource(file);
        Response response = stack.gateway(role(resource), SCHOOL).post("/api/v1/schools/" + SCHOOL + "/" + resource
                + ":import", "application/x-ndjson", Files.readString(file, StandardCharsets.UTF_8));
        assertThat(response.status()).as(resource + ": " + response).isEqualTo(200);
        return response.json();
    }

    private JsonNode indicators() {
        Response response = stack.gateway(Role.VIEWER, SCHOOL).get("/api/v1/schools/" + SCHOOL + "/indicators?year=2020");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The school's records per topic in the replica, as the indicators' provenance counts them. */
    private Map<String, Integer> replicated() {
        Map<String, Integer> counts = new HashMap<>();
        indicators().get("indicators").valueStream()
                .flatMap(value -> value.get("provenance").get("sources").valueStream())
                .forEach(source -> counts.put(source.get("topic").asString(), source.get("records").asInt()));
        return counts;
    }

    private JsonNode figure(String id) {
        assertThat(figures).as("indicator " + id).containsKey(id);
        return figures.get(id);
    }

    private Map<String, BigDecimal> parts(String id) {
        Map<String, BigDecimal> parts = new HashMap<>();
        figure(id).get("parts").valueStream().forEach(part -> parts.put(part.get("key").asString(),
                part.get("value").decimalValue()));
        return parts;
    }

    private static Map<String, BigDecimal> table(String text) {
        Map<String, BigDecimal> table = new LinkedHashMap<>();
        text.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] entry = line.split("=");
            table.put(entry[0].trim(), new BigDecimal(entry[1].trim()));
        });
        return table;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*\\.ndjson")).sorted().toList();
        }
    }

    private static List<Path> sections(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    /** 3.2.1.md holds the narrative of section 3.2.1. */
    private static String section(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }

    /** 03-assessments.ndjson holds the rows of POST .../assessments:import. */
    private static String resource(Path file) {
        String name = file.getFileName().toString();
        return name.substring(3, name.length() - ".ndjson".length());
    }

    private static String service(String resource) {
        return switch (role(resource)) {
            case REGISTRAR -> "student";
            case HR -> "faculty";
            case FINANCE -> "finance";
            default -> "training";
        };
    }

    private static Role role(String resource) {
        return switch (resource) {
            case "majors", "students", "assessments", "certificates", "awards", "surveys", "destinations", "activities" ->
                    Role.REGISTRAR;
            case "staff", "teacher-trainings", "honours", "research-outputs", "electives" -> Role.HR;
            case "income", "aid-programmes", "aid-awards", "assets" -> Role.FINANCE;
            default -> Role.TRAINING;
        };
    }
}
