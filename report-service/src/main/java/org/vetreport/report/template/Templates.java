package org.vetreport.report.template;

import static org.vetreport.report.template.TemplateSection.caseStudy;
import static org.vetreport.report.template.TemplateSection.of;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The outlines built in: the 2016 outline the seed report follows and the 2024 one of 中国职业教育质量年度报告. */
public final class Templates {

    public static final String OUTLINE_2016 = "outline-2016";
    public static final String OUTLINE_2024 = "outline-2024";

    /** What a school's report uses until it picks another. */
    public static final String DEFAULT = OUTLINE_2016;

    private static final Map<String, ReportTemplate> ALL = List.of(outline2016(), outline2024()).stream()
            .collect(Collectors.toUnmodifiableMap(ReportTemplate::id, Function.identity()));

    private Templates() {
    }

    public static Optional<ReportTemplate> find(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    public static List<String> ids() {
        return List.of(OUTLINE_2016, OUTLINE_2024);
    }

    /** Chapters 1–8 with the subsections of the seed report, 2020. */
    static ReportTemplate outline2016() {
        return new ReportTemplate(OUTLINE_2016, "中等职业教育质量年度报告（2016年提纲）", List.of(
                of("1", "学校情况").with(
                        of("1.1", "学校概况", Statements.SCHOOL),
                        of("1.2", "学生情况", Statements.STUDENTS, Charts.enrolmentTrend()),
                        of("1.3", "教师队伍", Statements.FACULTY, Charts.facultyByTitle(), Charts.facultyByEducation()),
                        of("1.4", "设施设备", Statements.FACILITIES)),
                of("2", "学生发展").with(
                        of("2.1", "学生素质", Statements.QUALITY),
                        of("2.2", "在校体验", Statements.EXPERIENCE),
                        of("2.3", "资助情况", Statements.AID),
                        of("2.4", "就业情况", Statements.EMPLOYMENT),
                        of("2.5", "职业发展")),
                of("3", "质量保障措施").with(
                        of("3.1", "专业动态调整", Statements.MAJORS),
                        of("3.2", "教育教学改革").with(
                                of("3.2.1", "深化选择性课改", Statements.ELECTIVES),
                                of("3.2.2", "现代学徒制工作", Statements.APPRENTICESHIP),
                                of("3.2.3", "中外合作项目"),
                                of("3.2.4", "师资队伍建设"),
                                of("3.2.5", "深化智慧教学"),
                                of("3.2.6", "加强合作办学")),
                        of("3.3", "教师培养培训", Statements.TEACHER_TRAINING),
                        of("3.4", "规范管理情况").with(
                                of("3.4.1", "教学管理"),
                                of("3.4.2", "学生管理"),
                                of("3.4.3", "财务管理"),
                                of("3.4.4", "后勤管理"),
                                of("3.4.5", "安全管理"),
                                of("3.4.6", "科研管理", Statements.RESEARCH),
                                of("3.4.7", "管理信息化水平")),
                        of("3.5", "德育工作情况").with(
                                of("3.5.1", "开设德育课程"),
                                of("3.5.2", "校园文化建设"),
                                of("3.5.3", "校园文化活动", Statements.CULTURE),
                                of("3.5.4", "社团活动", Statements.CLUBS)),
                        of("3.6", "党建情况").with(
                                of("3.6.1", "党建工作"),
                                of("3.6.2", "德育和思政工作"),
                                of("3.6.3", "党组织建设"),
                                of("3.6.4", "政治核心作用"),
                                of("3.6.5", "干部队伍建设"))),
                of("4", "校企合作").with(
                        of("4.1", "校企合作开展情况", Statements.PARTNERS),
                        of("4.2", "学生实习情况", Statements.INTERNSHIPS),
                        of("4.3", "集团化办学情况"),
                        of("4.4", "产教融合向纵深推进")),
                of("5", "社会贡献").with(
                        of("5.1", "技术技能人才培养", Statements.LOCAL_EMPLOYMENT),
                        of("5.2", "社会服务").with(
                                of("5.2.1", "社会培训情况", Statements.SOCIAL_TRAINING),
                                of("5.2.2", "承办重大赛事", Statements.CONTESTS),
                                of("5.2.3", "新型学徒制工作")),
                        of("5.3", "对口支援工作", Statements.SUPPORT),
                        of("5.4", "服务抗疫情况")),
                of("6", "举办者履责").with(
                        of("6.1", "办学经费", Statements.INCOME, Charts.incomeStructure()),
                        of("6.2", "政策措施")),
                of("7", "特色创新").with(
                        caseStudy("7.1", "典型案例一"),
                        caseStudy("7.2", "典型案例二"),
                        caseStudy("7.3", "典型案例三")),
                of("8", "主要问题和工作建议").with(
                        of("8.1", "主要问题"),
                        of("8.2", "工作建议"))));
    }

    /** 人才培养 … 面临挑战, each chapter with a case, and the indicator tables at the end. */
    static ReportTemplate outline2024() {
        return new ReportTemplate(OUTLINE_2024, "职业教育质量年度报告（2024年提纲）", List.of(
                of("talent", "人才培养").with(
                        of("talent.moral", "立德树人"),
                        of("talent.students", "在校生规模", Statements.STUDENTS, Charts.enrolmentTrend()),
                        of("talent.quality", "学生素质与在校体验", Statements.QUALITY, Statements.EXPERIENCE),
                        of("talent.aid", "资助育人", Statements.AID),
                        of("talent.employment", "就业质量", Statements.EMPLOYMENT),
                        caseStudy("talent.case", "案例")),
                of("service", "服务贡献").with(
                        of("service.industry", "服务行业企业", Statements.SOCIAL_TRAINING, Statements.CONTESTS),
                        of("service.local", "服务地方发展", Statements.LOCAL_EMPLOYMENT),
                        of("service.rural", "服务乡村振兴与对口支援", Statements.SUPPORT),
                        caseStudy("service.case", "案例")),
                of("culture", "文化传承").with(
                        of("culture.craftsmanship", "传承工匠精神", Statements.CULTURE, Statements.CLUBS),
                        of("culture.tradition", "传承中华优秀传统文化"),
                        of("culture.red", "传承红色基因"),
                        caseStudy("culture.case", "案例")),
                of("international", "国际合作").with(
                        of("international.exchange", "国际交流与合作办学", Statements.INTERNATIONAL),
                        caseStudy("international.case", "案例")),
                of("integration", "产教融合").with(
                        of("integration.partners", "校企合作", Statements.PARTNERS),
                        of("integration.apprenticeship", "现代学徒制", Statements.APPRENTICESHIP),
                        of("integration.internships", "学生实习", Statements.INTERNSHIPS),
                        caseStudy("integration.case", "案例")),
                of("support", "发展保障").with(
                        of("support.party", "党建引领"),
                        of("support.funding", "经费投入", Statements.INCOME, Charts.incomeStructure()),
                        of("support.conditions", "办学条件", Statements.SCHOOL, Statements.FACILITIES),
                        of("support.faculty", "师资队伍", Statements.FACULTY, Charts.facultyByTitle(),
                                Charts.facultyByEducation()),
                        of("support.quality", "质量保证体系"),
                        caseStudy("support.case", "案例")),
                of("challenges", "面临挑战").with(
                        of("challenges.issues", "主要挑战"),
                        of("challenges.measures", "应对举措")),
                of("indicators", "指标表",
                        Tables.indicators("表1 学生发展", "students.enrolled", "students.newEnrolled",
                                "students.graduates", "students.retentionRate", "students.graduationRate",
                                "students.culturalPassRate", "students.skillTestPassRate", "students.certificateRate",
                                "employment.rate", "employment.relevantRate", "employment.startingSalary"),
                        Tables.indicators("表2 教师队伍", "faculty.fullTimeTeachers", "faculty.studentFullTimeTeacherRatio",
                                "faculty.masterOrAboveRatio", "faculty.seniorTitleRatio", "faculty.dualQualifiedRatio",
                                "faculty.partTimeTeachersRatio"),
                        Tables.indicators("表3 办学条件", "school.landArea", "school.buildingArea",
                                "facilities.trainingRoomArea", "facilities.workstationsPerStudent",
                                "facilities.equipmentValuePerStudent", "library.booksPerStudent"),
                        Tables.indicators("表4 经费投入", "finance.income.total", "finance.income.fiscalSubsidy",
                                "finance.fiscalSubsidyPerStudent"),
                        Tables.indicators("表5 服务贡献", "training.headcount", "training.headcountToStudents",
                                "employment.local", "partners.count", "apprenticeship.students", "contests.hosted"))));
    }
}
