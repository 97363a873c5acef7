package org.vetreport.report.indicator.facilities;

import static org.vetreport.platform.events.Topics.FINANCE_ASSETS;
import static org.vetreport.platform.events.Topics.STUDENT_STUDENTS;
import static org.vetreport.platform.events.Topics.TRAINING_INTERNSHIPS;
import static org.vetreport.platform.events.Topics.TRAINING_ROOMS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.vetreport.report.indicator.Indicator;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.AssetRecord;
import org.vetreport.report.indicator.records.InternshipRecord;
import org.vetreport.report.indicator.records.StudentRecord;
import org.vetreport.report.indicator.records.TrainingRoomRecord;
import org.vetreport.report.indicator.students.StudentIndicators;

/** 1.1 学校概况 and 1.4 设施设备: land, buildings, equipment and books held at the reference date, training rooms open. */
public final class FacilityIndicators {

    /**
     * Uses whose floor area counts as 教学及辅助用房: the education statistics count classrooms, laboratories and
     * training space, the library and the sports hall in it; offices and living space are apart.
     */
    private static final Set<String> TEACHING_USES = Set.of("TEACHING", "TEACHING_SUPPORT", "TRAINING", "LIBRARY",
            "SPORTS");
    private static final Set<String> TEACHING_EQUIPMENT = Set.of("TEACHING", "TRAINING");

    private FacilityIndicators() {
    }

    public static List<Indicator> all() {
        return List.of(
                held("school.landArea", "占地面积", "Land area", "亩", "1.1", "Area of the land held at the reference date.",
                        a -> a.is("LAND"), AssetRecord::areaMu, 2),
                held("school.buildingArea", "建筑面积", "Building floor area", "m²", "1.1",
                        "Floor area of all buildings held at the reference date.", a -> a.is("BUILDING"), AssetRecord::floorArea, 2),
                Indicator.of("school.assetsExcludingLandAndBuildings", "学校总资产（除房屋、土地）",
                                "Assets other than land and buildings", "万元").chapter("1.1")
                        .defined("Value of the assets held at the reference date other than land and buildings.")
                        .from(FINANCE_ASSETS)
                        .computed((r, p) -> Measurement.tenThousandYuan(value(r, p.referenceDate(),
                                a -> !a.is("LAND") && !a.is("BUILDING")), r.assets().size())),
                Indicator.of("school.trainingEquipmentValue", "实训设备值", "Training equipment value", "万元").chapter("1.1")
                        .defined("Value of the equipment for practical training held at the reference date.")
                        .from(FINANCE_ASSETS)
                        .computed((r, p) -> Measurement.tenThousandYuan(value(r, p.referenceDate(),
                                a -> a.is("EQUIPMENT") && "TRAINING".equals(a.purpose())), r.assets().size())),
                held("facilities.teachingBuildingArea", "教学及辅助用房面积", "Teaching and teaching-support floor area",
                        "m²", "1.4", "Floor area of buildings in teaching, teaching-support, training, library and "
                                + "sports use held at the reference date (教学及辅助用房 as the education statistics "
                                + "define it).",
                        a -> a.is("BUILDING") && TEACHING_USES.contains(a.use()), AssetRecord::floorArea, 2),
                held("facilities.adminBuildingArea", "行政办公用房", "Administrative floor area", "m²", "1.4",
                        "Floor area of buildings in administrative use held at the reference date.",
                        a -> a.is("BUILDING") && "ADMINISTRATION".equals(a.use()), AssetRecord::floorArea, 2),
                Indicator.of("facilities.trainingRoomArea", "实训室面积", "Training room area", "m²").chapter("1.4")
                        .defined("Area of the training rooms open at the reference date.")
                        .from(TRAINING_ROOMS)
                        .computed((r, p) -> Measurement.sum(trainingRoomArea(r, p.referenceDate()), 2,
                                r.trainingRooms().size())),
                Indicator.of("facilities.workstations", "实验实训工位数", "Training workstations", "个").chapter("1.4")
                        .defined("Workstations of the training rooms open at the reference date.")
                        .from(TRAINING_ROOMS)
                        .computed((r, p) -> Measurement.count(workstations(r, p.referenceDate()), r.trainingRooms().size())),
                Indicator.of("facilities.workstationsPerStudent", "生均实训工位数", "Workstations per student", "个")
                        .chapter("1.4")
                        .defined("Workstations of open training rooms / (full-time students enrolled − those of them "
                                + "on a placement internship), at the reference date: students away on placement use "
                                + "the host's workstations. A placement of someone not enrolled (a graduate kept on) "
                                + "takes nobody out of the denominator.")
                        .from(TRAINING_ROOMS, STUDENT_STUDENTS, TRAINING_INTERNSHIPS)
                        .computed(FacilityIndicators::workstationsPerStudent),
                Indicator.of("facilities.teachingEquipmentValue", "教学仪器设备值", "Teaching and training equipment value",
                                "万元").chapter("1.4")
                        .defined("Value of the equipment for teaching and for practical training held at the reference "
                                + "date (教学仪器设备; office equipment is not counted).")
                        .from(FINANCE_ASSETS)
                        .computed((r, p) -> Measurement.tenThousandYuan(teachingEquipment(r, p.referenceDate()),
                                r.assets().size())),
                Indicator.of("facilities.teachingEquipmentValuePerStudentYuan", "生均教学仪器设备值（元）",
                                "Teaching equipment value per student in yuan", "元").chapter("1.4")
                        .defined("facilities.teachingEquipmentValue in yuan / full-time students enrolled, at the "
                                + "reference date, rounded to the fen: the 2024 outline's resource table prints it in 元.")
                        .from(FINANCE_ASSETS, STUDENT_STUDENTS)
                        .computed((r, p) -> perStudent(r, p, teachingEquipment(r, p.referenceDate()), 2,
                                r.assets().size())),
                Indicator.of("facilities.buildingAreaPerStudent", "生均校舍建筑面积", "Building floor area per student",
                                "m²").chapter("1.4")
                        .defined("Floor area of all buildings held / full-time students enrolled, at the reference date.")
                        .from(FINANCE_ASSETS, STUDENT_STUDENTS)
                        .computed((r, p) -> perStudent(r, p, sum(r, p.referenceDate(), a -> a.is("BUILDING"),
                                AssetRecord::floorArea), 2, r.assets().size())),
                Indicator.of("facilities.trainingRoomAreaPerStudent", "生均实训室面积", "Training room area per student",
                                "m²").chapter("1.4")
                        .defined("Area of the training rooms open / full-time students enrolled, at the reference date.")
                        .from(TRAINING_ROOMS, STUDENT_STUDENTS)
                        .computed((r, p) -> perStudent(r, p, trainingRoomArea(r, p.referenceDate()), 2,
                                r.trainingRooms().size())),
                Indicator.of("facilities.equipmentValuePerStudent", "生均仪器设备值", "Equipment value per student", "万元")
                        .chapter("1.4")
                        .defined("Value of the teaching and training equipment held / full-time students enrolled, at the "
                                + "reference date.")
                        .from(FINANCE_ASSETS, STUDENT_STUDENTS)
                        .computed((r, p) -> {
                            BigDecimal yuan = teachingEquipment(r, p.referenceDate());
                            long students = StudentIndicators.enrolled(r, p.referenceDate());
                            BigDecimal value = students == 0 ? null
                                    : yuan.divide(BigDecimal.valueOf(students).multiply(BigDecimal.valueOf(10_000)), 2, RoundingMode.HALF_UP);
                            return new Measurement(value, yuan, BigDecimal.valueOf(students), r.assets().size() + r.students().size(), List.of());
                        }),
                held("library.area", "图书馆面积", "Library floor area", "m²", "1.4",
                        "Floor area of buildings in library use held at the reference date.",
                        a -> a.is("BUILDING") && "LIBRARY".equals(a.use()), AssetRecord::floorArea, 2),
                books("library.books", "图书总量", "Books held", "PRINT_BOOK", false),
                books("library.newBooks", "新增图书", "Books acquired", "PRINT_BOOK", true),
                books("library.newJournals", "新增期刊", "Journals acquired", "JOURNAL", true),
                books("library.ebooks", "电子图书", "E-books held", "EBOOK", false),
                Indicator.of("library.booksPerStudent", "生均纸质图书", "Printed books per student", "册").chapter("1.4")
                        .defined("Volumes of printed books held / full-time students enrolled, at the reference date.")
                        .from(FINANCE_ASSETS, STUDENT_STUDENTS)
                        .computed((r, p) -> perStudent(r, p, BigDecimal.valueOf(volumes(r, p, "PRINT_BOOK", false)), 2,
                                r.assets().size())),
                Indicator.of("library.newBooksPerStudent", "生均年进书量", "Printed books acquired per student", "册")
                        .chapter("1.4")
                        .defined("Volumes of printed books acquired in the period / full-time students enrolled at the "
                                + "reference date.")
                        .from(FINANCE_ASSETS, STUDENT_STUDENTS)
                        .computed((r, p) -> perStudent(r, p, BigDecimal.valueOf(volumes(r, p, "PRINT_BOOK", true)), 2,
                                r.assets().size())));
    }

    private static Indicator held(String id, String zh, String en, String unit, String chapter, String definition,
                                  Predicate<AssetRecord> which, Function<AssetRecord, BigDecimal> measure, int scale) {
        return Indicator.of(id, zh, en, unit).chapter(chapter).defined(definition).from(FINANCE_ASSETS)
                .computed((r, p) -> Measurement.sum(sum(r, p.referenceDate(), which, measure), scale, r.assets().size()));
    }

    private static BigDecimal sum(SchoolRecords records, LocalDate day, Predicate<AssetRecord> which,
                                  Function<AssetRecord, BigDecimal> measure) {
        return records.assets().stream().filter(a -> a.heldOn(day)).filter(which).map(measure).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal value(SchoolRecords records, LocalDate day, Predicate<AssetRecord> which) {
        return records.assets().stream().filter(a -> a.heldOn(day)).filter(which).map(AssetRecord::value)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Indicator books(String id, String zh, String en, String kind, boolean acquiredInPeriod) {
        return Indicator.of(id, zh, en, "册").chapter("1.4")
                .defined(acquiredInPeriod ? "Volumes of " + kind + " acquired in the period."
                        : "Volumes of " + kind + " held at the reference date.")
                .from(FINANCE_ASSETS)
                .computed((r, p) -> Measurement.count(volumes(r, p, kind, acquiredInPeriod), r.assets().size()));
    }

    private static long volumes(SchoolRecords records, ReportingPeriod period, String kind, boolean acquiredInPeriod) {
        return records.assets().stream().filter(a -> a.is("BOOKS") && kind.equals(a.kind()))
                .filter(a -> acquiredInPeriod ? a.acquiredOn() != null && period.contains(a.acquiredOn())
                        : a.heldOn(period.referenceDate()))
                .map(AssetRecord::volumes).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
    }

    private static BigDecimal teachingEquipment(SchoolRecords records, LocalDate day) {
        return value(records, day, a -> a.is("EQUIPMENT") && TEACHING_EQUIPMENT.contains(a.purpose()));
    }

    private static BigDecimal trainingRoomArea(SchoolRecords records, LocalDate day) {
        return open(records, day).stream().map(TrainingRoomRecord::area).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A figure per full-time student enrolled at the reference date; no value without students. */
    private static Measurement perStudent(SchoolRecords records, ReportingPeriod period, BigDecimal total, int scale,
                                          long sourceRecords) {
        return Measurement.ratio(total, BigDecimal.valueOf(StudentIndicators.enrolled(records, period.referenceDate())),
                scale, sourceRecords + records.students().size());
    }

    private static List<TrainingRoomRecord> open(SchoolRecords records, LocalDate day) {
        return records.trainingRooms().stream().filter(room -> room.openOn(day)).toList();
    }

    public static long workstations(SchoolRecords records, LocalDate day) {
        return open(records, day).stream().map(TrainingRoomRecord::workstations).filter(Objects::nonNull)
                .mapToLong(Integer::longValue).sum();
    }

    private static Measurement workstationsPerStudent(SchoolRecords records, ReportingPeriod period) {
        LocalDate day = period.referenceDate();
        Set<String> onPlacement = records.internships().stream().filter(InternshipRecord::placement)
                .filter(i -> i.onDay(day)).map(InternshipRecord::studentNo).collect(Collectors.toSet());
        long inSchool = records.students().stream().filter(StudentRecord::fullTime).filter(s -> s.enrolledOn(day))
                .filter(s -> !onPlacement.contains(s.studentNo())).count();
        return Measurement.ratio(BigDecimal.valueOf(workstations(records, day)), BigDecimal.valueOf(inSchool), 2,
                records.trainingRooms().size() + records.students().size() + records.internships().size());
    }
}
