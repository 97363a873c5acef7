package org.vetreport.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    /** Every id of the shared indicator catalogue (indicators.md), which dashboards and templates refer to. */
    private static final List<String> PUBLISHED = List.of(
            "school.landArea", "school.buildingArea", "school.assetsExcludingLandAndBuildings",
            "school.trainingEquipmentValue", "students.enrolled", "students.male", "students.female",
            "students.genderRatio", "students.newEnrolled", "students.retentionRate", "students.graduates",
            "students.graduationRate", "training.headcount", "faculty.establishedTeachers", "faculty.fullTimeTeachers",
            "faculty.bachelorOrAbove", "faculty.masterOrAbove", "faculty.masterOrAboveRatio",
            "faculty.studentTeacherRatio", "faculty.studentFullTimeTeacherRatio", "faculty.seniorTitle",
            "faculty.seniorTitleRatio", "faculty.professionalTeachers", "faculty.professionalTeachersRatio",
            "faculty.dualQualified", "faculty.dualQualifiedRatio", "faculty.partTimeTeachers",
            "faculty.externalTeachers", "facilities.teachingBuildingArea", "facilities.adminBuildingArea",
            "facilities.trainingRoomArea", "facilities.workstations", "facilities.workstationsPerStudent",
            "facilities.equipmentValuePerStudent", "library.area", "library.newBooks", "library.newJournals",
            "library.books",
            "students.culturalPassRate", "students.culturalPassRate.chinese", "students.culturalPassRate.math",
            "students.culturalPassRate.english", "students.skillTestPassRate", "students.certificateRate",
            "students.fitnessPassRate", "awards.students", "satisfaction.clubActivities", "satisfaction.campusSafety",
            "satisfaction.teaching", "satisfaction.graduatesOnSchool", "satisfaction.careerProspects",
            "satisfaction.employers", "satisfaction.employmentService", "aid.tuitionWaiver.students",
            "aid.tuitionWaiver.amount", "aid.nationalGrant.students", "aid.nationalGrant.amount",
            "aid.educationVoucher.students", "aid.educationVoucher.amount", "employment.rate",
            "employment.relevantRate", "employment.startingSalary", "employment.furtherEducation",
            "employment.furtherEducationRate", "employment.local",
            "majors.count", "majors.groups", "electives.courses", "electives.teachers", "electives.students",
            "apprenticeship.students", "apprenticeship.mentors", "apprenticeship.courses",
            "teacherTraining.municipal", "teacherTraining.provincial", "research.awards", "research.contestAwards",
            "research.papers", "research.projects", "activities.clubs", "activities.clubEvents",
            "activities.volunteerEvents", "internships.students", "internships.hired", "internships.relevantRate",
            "internships.insuredRate", "internships.enterpriseWorkstations", "training.appraisalsInSchool",
            "training.headcountToStudents", "training.passRate", "training.occupations", "contests.hosted",
            "finance.income.total", "finance.income.fiscalSubsidy", "finance.income.fiscalSubsidyShare",
            "finance.income.business", "finance.income.businessShare", "finance.income.other",
            "finance.income.otherShare", "finance.income.basic", "finance.income.basicShare",
            "finance.income.project", "finance.income.projectShare");

    private final List<IndicatorDefinition> catalogue = new IndicatorEngine(IndicatorConfiguration.catalogue()).catalogue();

    @Test
    void everyPublishedIdIsDefined() {
        assertThat(catalogue).extracting(IndicatorDefinition::id).containsAll(PUBLISHED);
    }

    @Test
    void everyDefinitionHasNamesAUnitAChapterAWordedDefinitionAndItsSources() {
        assertThat(catalogue).allSatisfy(definition -> {
            assertThat(definition.nameZh()).as(definition.id()).isNotBlank();
            assertThat(definition.nameEn()).as(definition.id()).isNotBlank();
            assertThat(definition.unit()).as(definition.id()).isNotBlank();
            assertThat(definition.chapter()).as(definition.id()).isNotBlank();
            assertThat(definition.definition()).as(definition.id()).isNotBlank();
            assertThat(definition.sources()).as(definition.id()).isNotEmpty();
        });
    }
}
