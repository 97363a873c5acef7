package org.vetreport.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/** The dashboard API over replicated students: profiles and periods, breakdowns, series, ETags and region roll-ups. */
@PlatformIntegrationTest
class IndicatorApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    KafkaProducer<String, byte[]> producer;
    String school;

    @BeforeEach
    void setUp() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
        school = newSchool();
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    private static String newSchool() {
        return "i" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ApiClient as(Role role, String... schools) {
        return new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(role, schools));
    }

    private ApiClient regionViewer(String region) {
        return new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token().roles(Role.VIEWER).regions(region).sign());
    }

    private void student(String school, String studentNo, String gender, String major, String enrolledOn) throws Exception {
        String json = """
                {"studentNo":"%s","gender":"%s","majorCode":"%s","className":"c","programme":"THREE_YEAR","fullTime":true,
                 "enrolledOn":"%s","expectedGraduationOn":"2030-07-01",
                 "statusHistory":[{"status":"ENROLLED","effectiveOn":"%s","reason":null}]}
                """.formatted(studentNo, gender, major, enrolledOn, enrolledOn);
        producer.send(KafkaChangeEvents.toRecord(new ChangeEvent(UUID.randomUUID().toString(), "student.enrolled",
                "/student-service", Instant.now(), Topics.STUDENT_STUDENTS, new EventKey(school, studentNo), 1,
                "registrar-1", json.getBytes(StandardCharsets.UTF_8)))).get();
    }

    private void profile(String school, String province, String city, String period) {
        String body = """
                {"name":"学校 %s","provinceCode":"%s","cityCode":"%s","reportingPeriod":"%s","honours":["国家级示范校"]}
                """.formatted(school, province, city, period);
        assertThat(as(Role.ADMIN, school).put("/api/v1/schools/" + school, body).status()).isEqualTo(201);
    }

    private JsonNode indicator(String school, String query) {
        return as(Role.VIEWER, school).get("/api/v1/schools/" + school + "/indicators?" + query).json();
    }

    private long enrolled(String school, int year) {
        return indicator(school, "year=" + year + "&ids=students.enrolled").get("indicators").get(0).get("value").asLong();
    }

    @Test
    void aSchoolsProfileDecidesTheDatesOfItsFigures() {
        profile(school, "330000", "330100", "SCHOOL_YEAR");

        JsonNode stored = as(Role.VIEWER, school).get("/api/v1/schools/" + school).json();
        assertThat(stored.get("reportingPeriod").asString()).isEqualTo("SCHOOL_YEAR");
        assertThat(stored.get("honours").get(0).asString()).isEqualTo("国家级示范校");
        JsonNode period = indicator(school, "year=2020&ids=students.enrolled").get("period");
        assertThat(period.get("from").asString()).isEqualTo("2019-09-01");
        assertThat(period.get("to").asString()).isEqualTo("2020-08-31");
    }

    @Test
    void aProfileBreakingRulesIsRefusedNamingEveryBrokenField() {
        ApiClient.Response refused = as(Role.ADMIN, school).put("/api/v1/schools/" + school,
                "{\"name\":\"n\",\"provinceCode\":\"360000\",\"cityCode\":\"330400\",\"referenceDate\":\"02-29\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("cityCode", "referenceDate");
        assertThat(as(Role.VIEWER, school).get("/api/v1/schools/" + school).status()).isEqualTo(404);
        assertThat(as(Role.VIEWER, school).put("/api/v1/schools/" + school,
                "{\"name\":\"n\",\"provinceCode\":\"360000\",\"cityCode\":\"360400\"}").status()).isEqualTo(403);
    }

    @Test
    void studentFiguresSplitByGenderAndByMajorAsChartArrays() throws Exception {
        student(school, "s1", "MALE", "A", "2019-09-01");
        student(school, "s2", "MALE", "A", "2019-09-01");
        student(school, "s3", "FEMALE", "B", "2020-09-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> enrolled(school, 2020) == 3);

        JsonNode byGender = indicator(school, "year=2020&by=gender&ids=students.enrolled,students.newEnrolled");
        assertThat(byGender.get("groups").valueStream().map(JsonNode::asString)).containsExactly("FEMALE", "MALE");
        JsonNode enrolled = byGender.get("indicators").get(0);
        assertThat(enrolled.get("id").asString()).isEqualTo("students.enrolled");
        assertThat(enrolled.get("values").valueStream().map(JsonNode::asLong)).containsExactly(1L, 2L);
        assertThat(byGender.get("indicators").get(1).get("values").valueStream().map(JsonNode::asLong)).containsExactly(1L, 0L);

        JsonNode byGrade = indicator(school, "year=2020&by=grade&ids=students.enrolled");
        assertThat(byGrade.get("groups").valueStream().map(JsonNode::asString)).containsExactly("2019", "2020");
    }

    @Test
    void aBreakdownThatMeansNothingIsABadRequestNamingTheParameter() {
        ApiClient viewer = as(Role.VIEWER, school);

        ApiClient.Response unknownGroup = viewer.get("/api/v1/schools/" + school + "/indicators?year=2020&by=colour");
        assertThat(unknownGroup.status()).isEqualTo(400);
        assertThat(unknownGroup.json().get("errors").get(0).get("field").asString()).isEqualTo("by");
        ApiClient.Response notAboutStudents = viewer.get("/api/v1/schools/" + school + "/indicators?year=2020&by=major&ids=school.landArea");
        assertThat(notAboutStudents.status()).isEqualTo(400);
        assertThat(notAboutStudents.json().get("errors").get(0).get("field").asString()).isEqualTo("ids");
    }

    @Test
    void aSeriesHasOneValuePerYearComputedForThatYear() throws Exception {
        student(school, "s1", "MALE", "A", "2018-09-01");
        student(school, "s2", "FEMALE", "A", "2019-09-01");
        student(school, "s3", "FEMALE", "A", "2020-09-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> enrolled(school, 2020) == 3);

        JsonNode series = as(Role.VIEWER, school)
                .get("/api/v1/schools/" + school + "/indicators/students.enrolled/series?from=2017&to=2020").json();

        assertThat(series.get("years").valueStream().map(JsonNode::asInt)).containsExactly(2017, 2018, 2019, 2020);
        assertThat(series.get("values").valueStream().map(JsonNode::asLong)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(series.get("unit").asString()).isEqualTo("人");
        assertThat(as(Role.VIEWER, school).get("/api/v1/schools/" + school
                + "/indicators/students.enrolled/series?from=2020&to=2017").status()).isEqualTo(400);
        assertThat(as(Role.VIEWER, school).get("/api/v1/schools/" + school
                + "/indicators/no.such/series?from=2017&to=2020").status()).isEqualTo(404);
    }

    @Test
    void anUnchangedFigureIsNotModifiedAndNewDataRenewItsTag() throws Exception {
        student(school, "s1", "MALE", "A", "2019-09-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> enrolled(school, 2020) == 1);
        ApiClient viewer = as(Role.VIEWER, school);
        String path = "/api/v1/schools/" + school + "/indicators?year=2020&ids=students.enrolled";
        String tag = viewer.get(path).header("ETag");

        assertThat(tag).startsWith("W/\"");
        assertThat(viewer.get(path, "If-None-Match", tag).status()).isEqualTo(304);
        assertThat(viewer.get("/api/v1/schools/" + school + "/indicators?year=2019&ids=students.enrolled",
                "If-None-Match", tag).status()).isEqualTo(200);

        student(school, "s2", "MALE", "A", "2019-09-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> viewer.get(path, "If-None-Match", tag).status() == 200);
        assertThat(viewer.get(path).header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void aChangeOfOneTopicRenewsItsFiguresAndKeepsThoseOfTheOthers() throws Exception {
        student(school, "s1", "MALE", "A", "2019-09-01");
        major(school, "A");
        await().atMost(Duration.ofSeconds(20)).until(() -> enrolled(school, 2020) == 1 && majors(school) == 1);

        student(school, "s2", "FEMALE", "A", "2019-09-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> enrolled(school, 2020) == 2);
        assertThat(majors(school)).isEqualTo(1);

        major(school, "B");
        await().atMost(Duration.ofSeconds(20)).until(() -> majors(school) == 2);
        assertThat(enrolled(school, 2020)).isEqualTo(2);
    }

    private void major(String school, String code) throws Exception {
        producer.send(KafkaChangeEvents.toRecord(new ChangeEvent(UUID.randomUUID().toString(), "major.created",
                "/student-service", Instant.now(), Topics.STUDENT_MAJORS, new EventKey(school, code), 1, "registrar-1",
                ("{\"code\":\"" + code + "\",\"name\":\"n\",\"openedOn\":\"2015-09-01\"}")
                        .getBytes(StandardCharsets.UTF_8)))).get();
    }

    private long majors(String school) {
        return indicator(school, "year=2020&ids=majors.count").get("indicators").get(0).get("value").asLong();
    }

    @Test
    void aRegionAddsCountsAndRecomputesRatiosOverItsSchools() throws Exception {
        // 3699 stays unused: it is the region below that has no school
        String city = "36" + ThreadLocalRandom.current().nextInt(10, 99) + "00";
        String other = newSchool();
        profile(school, "360000", city, "CALENDAR_YEAR");
        profile(other, "360000", city, "CALENDAR_YEAR");
        for (String no : List.of("m1", "m2", "m3")) {
            student(school, no, "MALE", "A", "2019-09-01");
        }
        student(school, "f1", "FEMALE", "A", "2019-09-01");
        student(other, "m1", "MALE", "A", "2019-09-01");
        for (String no : List.of("f1", "f2", "f3")) {
            student(other, no, "FEMALE", "A", "2019-09-01");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> enrolled(school, 2020) == 4 && enrolled(other, 2020) == 4);

        JsonNode region = regionViewer("360000").get("/api/v1/regions/" + city + "/indicators?year=2020"
                + "&ids=students.enrolled,students.genderRatio").json();

        assertThat(region.get("schools").valueStream().map(s -> s.get("code").asString()))
                .containsExactlyInAnyOrder(school, other);
        assertThat(region.get("indicators").get(0).get("value").asLong()).isEqualTo(8);
        // 3.00 and 0.33 average to 1.67; the region has 4 boys and 4 girls
        assertThat(region.get("indicators").get(1).get("value").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(regionViewer(city).get("/api/v1/regions/" + city + "/schools").json().size()).isEqualTo(2);
        assertThat(regionViewer("330000").get("/api/v1/regions/" + city + "/indicators?year=2020").status()).isEqualTo(404);
        JsonNode empty = regionViewer("360000").get("/api/v1/regions/369900/indicators?year=2020&ids=students.enrolled").json();
        assertThat(empty.get("schools").size()).isZero();
        assertThat(empty.get("indicators").get(0).get("value").asLong()).isZero();
        assertThat(regionViewer("360000").get("/api/v1/regions/36x/indicators?year=2020").status()).isEqualTo(404);
    }
}
