package org.vetreport.report.indicator.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.report.indicator.records.Fixture.day;
import static org.vetreport.report.indicator.records.Fixture.status;
import static org.vetreport.report.indicator.records.Fixture.student;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vetreport.report.indicator.IndicatorEngine;
import org.vetreport.report.indicator.IndicatorValue;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.AssetRecord;
import org.vetreport.report.indicator.records.Fixture;
import org.vetreport.report.indicator.records.InternshipRecord;
import org.vetreport.report.indicator.records.StatusRecord;
import org.vetreport.report.indicator.records.TrainingRoomRecord;

class FacilityIndicatorsTest {

    private static final ReportingPeriod YEAR_2020 = ReportingPeriod.calendarYear(2020);

    private final IndicatorEngine engine = new IndicatorEngine(FacilityIndicators.all());

    private static AssetRecord land(String no, String mu, String acquiredOn) {
        return new AssetRecord(no, "LAND", new BigDecimal(mu), null, null, null, null, null, null, BigDecimal.ZERO,
                day(acquiredOn), null);
    }

    private static AssetRecord building(String no, String area, String use, String acquiredOn, String disposedOn) {
        return new AssetRecord(no, "BUILDING", null, new BigDecimal(area), use, null, null, null, null,
                new BigDecimal("1000000.00"), day(acquiredOn), disposedOn == null ? null : day(disposedOn));
    }

    private static AssetRecord equipment(String no, String purpose, String yuan, String acquiredOn, String disposedOn) {
        return new AssetRecord(no, "EQUIPMENT", null, null, null, 1, purpose, null, null, new BigDecimal(yuan),
                day(acquiredOn), disposedOn == null ? null : day(disposedOn));
    }

    private static AssetRecord other(String no, String category, String yuan) {
        return new AssetRecord(no, category, null, null, null, null, null, null, null, new BigDecimal(yuan),
                day("2015-01-01"), null);
    }

    private static AssetRecord books(String no, String kind, int volumes, String yuan, String acquiredOn, String disposedOn) {
        return new AssetRecord(no, "BOOKS", null, null, null, null, null, volumes, kind, new BigDecimal(yuan),
                day(acquiredOn), disposedOn == null ? null : day(disposedOn));
    }

    private static InternshipRecord internship(String studentNo, String kind, String startOn, String endOn) {
        return new InternshipRecord(studentNo, "P1", kind, day(startOn), endOn == null ? null : day(endOn), true, true, false);
    }

    /**
     * Held on 31 Dec 2020 and 31 Dec 2019 alike unless said: land L2 bought in 2020; building B7 and equipment E4
     * disposed of in 2020 (E4 on the reference date itself); equipment E2 and books BK2, BK3, BK5 bought in 2020;
     * books BK4 bought in 2019 and weeded in 2020. Ten students are enrolled both years, g1 until they graduated in
     * June 2020; s0 and s1 are on placement on the reference date, s2's placement ended the day before, s3 is on a
     * cognition internship, and g1 stays on placement after graduating.
     */
    private final Fixture school = new Fixture()
            .assets(land("L1", "200.5", "2000-01-01"), land("L2", "96.72", "2020-05-01"),
                    building("B1", "50000", "TEACHING", "2000-01-01", null),
                    building("B2", "10000", "TRAINING", "2000-01-01", null),
                    building("B3", "3000", "LIBRARY", "2000-01-01", null),
                    building("B4", "2000", "SPORTS", "2000-01-01", null),
                    building("B5", "8386.47", "ADMINISTRATION", "2000-01-01", null),
                    building("B6", "30000", "DORMITORY", "2000-01-01", null),
                    building("B7", "5000", "TEACHING", "2000-01-01", "2020-06-30"),
                    equipment("E1", "TRAINING", "600000.00", "2015-01-01", null),
                    equipment("E2", "TEACHING", "200000.00", "2020-03-01", null),
                    equipment("E3", "OFFICE", "100000.00", "2015-01-01", null),
                    equipment("E4", "TRAINING", "50000.00", "2010-01-01", "2020-12-31"),
                    other("F1", "FURNITURE", "30000.00"), other("V1", "VEHICLE", "70000.00"),
                    books("BK1", "PRINT_BOOK", 1000, "20000.00", "2010-01-01", null),
                    books("BK2", "PRINT_BOOK", 200, "5000.00", "2020-04-01", null),
                    books("BK3", "JOURNAL", 50, "1000.00", "2020-04-01", null),
                    books("BK4", "PRINT_BOOK", 300, "3000.00", "2019-04-01", "2020-09-01"),
                    books("BK5", "EBOOK", 400, "0.00", "2020-05-01", null))
            .trainingRooms(new TrainingRoomRecord("R1", "基地", List.of("M1"), new BigDecimal("300"), 40, day("2015-01-01"), null),
                    new TrainingRoomRecord("R2", null, List.of(), new BigDecimal("200.5"), 24, day("2020-09-01"), null),
                    new TrainingRoomRecord("R3", null, List.of(), new BigDecimal("100"), 10, day("2010-01-01"),
                            day("2020-12-31")))
            .students(student("g1", "MALE", true, "THREE_YEAR", "2017-09-01", "2020-06-30",
                    status(StatusRecord.GRADUATED, "2020-06-30")))
            .internships(internship("s0", "PLACEMENT", "2020-11-01", null), internship("s0", "PLACEMENT", "2020-12-01", "2021-01-31"),
                    internship("s1", "PLACEMENT", "2020-07-01", "2021-06-30"),
                    internship("s2", "PLACEMENT", "2020-07-01", "2020-12-30"),
                    internship("s3", "COGNITION", "2020-12-01", "2021-01-10"),
                    internship("g1", "PLACEMENT", "2020-03-01", "2021-03-01"));

    {
        for (int i = 0; i < 10; i++) {
            school.students(student("s" + i, i % 2 == 0 ? "MALE" : "FEMALE", "2019-09-01"));
        }
    }

    private IndicatorValue value(String id) {
        return engine.compute(school, YEAR_2020, List.of(id)).get(0);
    }

    @ParameterizedTest
    @CsvSource({"school.landArea, 297.22, 200.50", "school.buildingArea, 103386.47, 108386.47",
            "facilities.teachingBuildingArea, 65000.00, 70000.00", "facilities.adminBuildingArea, 8386.47, 8386.47",
            "library.area, 3000.00, 3000.00"})
    void areasAreOfTheLandAndBuildingsHeldOnTheReferenceDateNotOfThoseDisposedOf(String id, String value, String previous) {
        IndicatorValue area = value(id);

        assertThat(area.value()).isEqualByComparingTo(value);
        assertThat(area.previous()).isEqualByComparingTo(previous);
        assertThat(area.denominator()).isNull();
    }

    @Test
    void teachingAndSupportFloorAreaIncludesTheSportsHallButNotOfficesOrDormitories() {
        SchoolRecords sportsOnly = new Fixture().assets(building("S", "2000", "SPORTS", "2000-01-01", null),
                building("D", "500", "DORMITORY", "2000-01-01", null),
                building("A", "300", "ADMINISTRATION", "2000-01-01", null));

        assertThat(engine.measure("facilities.teachingBuildingArea", sportsOnly, YEAR_2020).value())
                .isEqualByComparingTo("2000.00");
    }

    @ParameterizedTest
    @CsvSource({"school.assetsExcludingLandAndBuildings, 102.60, 1026000.00, 87.30",
            "school.trainingEquipmentValue, 60.00, 600000.00, 65.00",
            "facilities.teachingEquipmentValue, 80.00, 800000.00, 65.00"})
    void assetValuesAreInTenThousandYuanOfWhatIsHeldOnTheReferenceDate(String id, String value, String yuan,
                                                                      String previous) {
        IndicatorValue held = value(id);

        assertThat(held.value()).isEqualByComparingTo(value);
        assertThat(held.numerator()).isEqualByComparingTo(yuan);
        assertThat(held.previous()).isEqualByComparingTo(previous);
    }

    @ParameterizedTest
    @CsvSource({"library.books, 1200, 1300", "library.newBooks, 200, 300", "library.newJournals, 50, 0",
            "library.ebooks, 400, 0"})
    void booksCountVolumesHeldOrAcquiredByKind(String id, String volumes, String previous) {
        IndicatorValue books = value(id);

        assertThat(books.value()).isEqualByComparingTo(volumes);
        assertThat(books.previous()).isEqualByComparingTo(previous);
    }

    @Test
    void trainingRoomsCountWhenOpenOnTheReferenceDateAndNotOnTheDayTheyClose() {
        assertThat(value("facilities.trainingRoomArea").value()).isEqualByComparingTo("500.50");
        assertThat(value("facilities.trainingRoomArea").previous()).isEqualByComparingTo("400.00");
        assertThat(value("facilities.workstations").value()).isEqualByComparingTo("64");
        assertThat(value("facilities.workstations").previous()).isEqualByComparingTo("50");
    }

    @Test
    void workstationsPerStudentLeaveOutEnrolledStudentsOnPlacementOnTheReferenceDateOnlyOnce() {
        IndicatorValue perStudent = value("facilities.workstationsPerStudent");

        assertThat(perStudent.numerator()).isEqualByComparingTo("64");
        assertThat(perStudent.denominator()).isEqualByComparingTo("8");
        assertThat(perStudent.value()).isEqualByComparingTo("8.00");
        assertThat(perStudent.previous()).isEqualByComparingTo("4.55");
    }

    @ParameterizedTest
    @CsvSource({"facilities.equipmentValuePerStudent, 8.00, 5.91",
            "facilities.teachingEquipmentValuePerStudentYuan, 80000.00, 59090.91",
            "facilities.buildingAreaPerStudent, 10338.65, 9853.32",
            "facilities.trainingRoomAreaPerStudent, 50.05, 36.36",
            "library.booksPerStudent, 120.00, 118.18", "library.newBooksPerStudent, 20.00, 27.27"})
    void perStudentFiguresDivideByTheFullTimeStudentsEnrolledOnTheReferenceDate(String id, String value, String previous) {
        IndicatorValue perStudent = value(id);

        assertThat(perStudent.value()).isEqualByComparingTo(value);
        assertThat(perStudent.denominator()).isEqualByComparingTo("10");
        assertThat(perStudent.previous()).isEqualByComparingTo(previous);
    }

    @Test
    void withoutStudentsPerStudentFiguresHaveNoValue() {
        SchoolRecords noStudents = new Fixture().assets(school.assets().toArray(AssetRecord[]::new))
                .trainingRooms(school.trainingRooms().toArray(TrainingRoomRecord[]::new));

        for (String id : List.of("facilities.workstationsPerStudent", "facilities.equipmentValuePerStudent",
                "facilities.teachingEquipmentValuePerStudentYuan", "facilities.buildingAreaPerStudent",
                "facilities.trainingRoomAreaPerStudent", "library.booksPerStudent", "library.newBooksPerStudent")) {
            assertThat(engine.measure(id, noStudents, YEAR_2020).value()).as(id).isNull();
        }
    }
}
