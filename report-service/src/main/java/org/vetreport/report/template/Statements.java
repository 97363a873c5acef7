package org.vetreport.report.template;

import java.util.ArrayList;
import java.util.List;
import org.vetreport.report.document.Block;

/**
 * The generated sentences of the outlines, worded after the 2020 seed report, each a {@link Content} so both
 * outlines share them.
 */
public final class Statements {

    private Statements() {
    }

    /** The profile's description and honours, then land, buildings and assets. */
    public static final Content SCHOOL = facts -> {
        List<Block> blocks = new ArrayList<>();
        SchoolInfo school = facts.school();
        if (school.description() != null && !school.description().isBlank()) {
            blocks.add(Block.Paragraph.of(school.description().strip()));
        }
        if (!school.honours().isEmpty()) {
            blocks.add(Block.Paragraph.of(school.name() + "是" + String.join("、", school.honours()) + "。"));
        }
        blocks.add(Sentence.of(facts).clause("学校占地面积", "school.landArea").text("，")
                .clause("建筑面积", "school.buildingArea").text("，")
                .clause("学校总资产（除房屋、土地）", "school.assetsExcludingLandAndBuildings").text("，")
                .clause("实训设备值", "school.trainingEquipmentValue").text("。").build());
        return blocks;
    };

    public static final Content STUDENTS = Content.paragraph(facts -> Sentence.of(facts)
            .clause("学校现有全日制在校生", "students.enrolled").text("，")
            .clause("男女生比例", "students.genderRatio").text("；")
            .clause(facts.year() + "年新生招生数为", "students.newEnrolled").change("students.newEnrolled").text("；")
            .clause("本年度入学巩固率", "students.retentionRate").text("，")
            .clause("毕业生", "students.graduates").text("，")
            .clause("学生毕业率", "students.graduationRate").text("；")
            .clause("全年度技术技能培训", "training.headcount").change("training.headcount").text("。").build());

    public static final Content FACULTY = Content.paragraph(facts -> Sentence.of(facts)
            .clause("学校在编教师", "faculty.establishedTeachers").text("，")
            .clause("专任教师", "faculty.fullTimeTeachers").text("，其中")
            .clause("本科及以上学历", "faculty.bachelorOrAbove").text("，")
            .clause("硕士及以上", "faculty.masterOrAbove").text("，")
            .clause("占专任教师的", "faculty.masterOrAboveRatio").text("。")
            .clause("生师比为", "faculty.studentTeacherRatio").text("；")
            .clause("高级职称教师", "faculty.seniorTitle").text("，")
            .clause("占专任教师的", "faculty.seniorTitleRatio").text("；")
            .clause("专业课教师", "faculty.professionalTeachers").text("，")
            .clause("占专任教师的", "faculty.professionalTeachersRatio").text("，其中")
            .clause("“双师型”教师", "faculty.dualQualified").text("，")
            .clause("占专业课教师的", "faculty.dualQualifiedRatio").text("；")
            .clause("兼职教师", "faculty.partTimeTeachers").change("faculty.partTimeTeachers").text("；")
            .clause("外聘教师", "faculty.externalTeachers").text("。").build());

    public static final Content FACILITIES = Content.paragraph(facts -> Sentence.of(facts)
            .clause("学校教学及辅助用房面积", "facilities.teachingBuildingArea").change("facilities.teachingBuildingArea").text("；")
            .clause("行政办公用房", "facilities.adminBuildingArea").text("。")
            .clause("实训室面积", "facilities.trainingRoomArea").text("，")
            .clause("实验实训工位数", "facilities.workstations").text("，")
            .clause("生均实训工位数", "facilities.workstationsPerStudent").text("，")
            .clause("生均仪器设备值", "facilities.equipmentValuePerStudent").text("。")
            .clause("图书馆面积", "library.area").text("，")
            .clause(facts.year() + "年新增图书", "library.newBooks").text("，")
            .clause("新增期刊", "library.newJournals").text("，")
            .clause("现有图书", "library.books").text("。").build());

    public static final Content QUALITY = Content.paragraph(facts -> Sentence.of(facts)
            .clause("学生文化课合格率", "students.culturalPassRate").text("，")
            .clause("专业技能测试合格率", "students.skillTestPassRate").text("，")
            .clause("技能证书获取率", "students.certificateRate").text("，")
            .clause("体质测试合格率", "students.fitnessPassRate").text("。")
            .clause("本年度学生在各级技能竞赛中获奖", "awards.students").text("。").build());

    public static final Content EXPERIENCE = Content.paragraph(facts -> Sentence.of(facts)
            .clause("学生对教师教学满意度", "satisfaction.teaching").text("，")
            .clause("校园安全满意度", "satisfaction.campusSafety").text("，")
            .clause("校园文化与学生社团活动满意度", "satisfaction.clubActivities").text("。").build());

    public static final Content AID = Content.paragraph(facts -> Sentence.of(facts)
            .clause("本年度免学费资助", "aid.tuitionWaiver.students").text("，")
            .clause("金额", "aid.tuitionWaiver.amount").text("；")
            .clause("国家助学金资助", "aid.nationalGrant.students").text("，")
            .clause("金额", "aid.nationalGrant.amount").text("。").build());

    public static final Content EMPLOYMENT = Content.paragraph(facts -> Sentence.of(facts)
            .clause(facts.year() + "年毕业生就业率", "employment.rate").text("，")
            .clause("专业对口率", "employment.relevantRate").text("，")
            .clause("初次就业平均工资", "employment.startingSalary").text("；")
            .clause("升学", "employment.furtherEducation").text("，")
            .clause("占毕业生的", "employment.furtherEducationRate").text("。")
            .clause("毕业生对学校满意度", "satisfaction.graduatesOnSchool").text("，")
            .clause("用人单位满意度", "satisfaction.employers").text("。").build());

    public static final Content MAJORS = Content.paragraph(facts -> Sentence.of(facts)
            .clause("学校现开设专业", "majors.count").text("，")
            .clause("形成专业群", "majors.groups").text("。").build());

    public static final Content ELECTIVES = Content.paragraph(facts -> Sentence.of(facts)
            .clause("本年度开设选修课程", "electives.courses").text("，")
            .clause("授课教师", "electives.teachers").text("，")
            .clause("选课学生", "electives.students").text("。").build());

    public static final Content APPRENTICESHIP = Content.paragraph(facts -> Sentence.of(facts)
            .clause("现代学徒制学生", "apprenticeship.students").text("，")
            .clause("企业师傅", "apprenticeship.mentors").text("，")
            .clause("企业师傅授课", "apprenticeship.courses").text("。").build());

    public static final Content TEACHER_TRAINING = Content.paragraph(facts -> Sentence.of(facts)
            .clause("本年度教师参加市级业务培训", "teacherTraining.municipal").text("，")
            .clause("参加省级业务培训", "teacherTraining.provincial").text("。").build());

    public static final Content RESEARCH = Content.paragraph(facts -> Sentence.of(facts)
            .clause("本年度获科研成果奖", "research.awards").text("，")
            .clause("教师竞赛获奖", "research.contestAwards").text("，")
            .clause("发表论文", "research.papers").text("，")
            .clause("立项课题", "research.projects").text("。").build());

    public static final Content CULTURE = Content.paragraph(facts -> Sentence.of(facts)
            .clause("本年度开展校园文化活动", "activities.cultureEvents").text("，")
            .clause("体育活动", "activities.sportsEvents").text("，")
            .clause("志愿服务活动", "activities.volunteerEvents").text("。").build());

    public static final Content CLUBS = Content.paragraph(facts -> Sentence.of(facts)
            .clause("学校现有学生社团", "activities.clubs").text("，")
            .clause("本年度开展社团活动", "activities.clubEvents").text("。").build());

    public static final Content PARTNERS = Content.paragraph(facts -> Sentence.of(facts)
            .clause("学校现有校企合作单位", "partners.count").text("，")
            .clause("企业提供实训工位", "internships.enterpriseWorkstations").text("。").build());

    public static final Content INTERNSHIPS = Content.paragraph(facts -> Sentence.of(facts)
            .clause("本年度顶岗实习学生", "internships.students").text("，")
            .clause("实习留用", "internships.hired").text("，")
            .clause("实习专业对口率", "internships.relevantRate").text("，")
            .clause("实习保险覆盖率", "internships.insuredRate").text("。").build());

    public static final Content LOCAL_EMPLOYMENT = Content.paragraph(facts -> Sentence.of(facts)
            .clause("本年度直接就业毕业生中在本地就业", "employment.local").text("，")
            .clause("占直接就业人数的", "employment.localRate").text("。").build());

    public static final Content SOCIAL_TRAINING = Content.paragraph(facts -> Sentence.of(facts)
            .clause("全年度完成校内培训鉴定", "training.appraisalsInSchool").text("，")
            .clause("社会培训", "training.headcount").change("training.headcount").text("，")
            .clause("与在校生人数比", "training.headcountToStudents").text("；")
            .clause("培训通过率", "training.passRate").text("，")
            .clause("涉及工种", "training.occupations").text("。").build());

    public static final Content CONTESTS = Content.paragraph(facts -> Sentence.of(facts)
            .clause(facts.year() + "年学校承办省级以上技能赛事", "contests.hosted").text("。").build());

    public static final Content SUPPORT = Content.paragraph(facts -> Sentence.of(facts)
            .clause("本年度开展对口支援地区", "training.supportRegions").text("。").build());

    public static final Content INTERNATIONAL = Content.paragraph(facts -> Sentence.of(facts)
            .clause("本年度中外合作办学学生", "international.cooperativeStudents").text("，")
            .clause("承办国际赛事", "international.contestsHosted").text("，")
            .clause("学生获国际级竞赛奖项", "international.awards").text("。").build());

    public static final Content INCOME = Content.paragraph(facts -> Sentence.of(facts)
            .clause(facts.year() + "年总收入", "finance.income.total").changePercent("finance.income.total").text("，其中：")
            .clause("财政补助收入", "finance.income.fiscalSubsidy").text("，")
            .clause("占总收入的", "finance.income.fiscalSubsidyShare").text("；")
            .clause("事业收入", "finance.income.business").text("，")
            .clause("占总收入的", "finance.income.businessShare").text("；")
            .clause("其他收入", "finance.income.other").text("，")
            .clause("占总收入的", "finance.income.otherShare").text("；")
            .clause("基本收入", "finance.income.basic").text("，")
            .clause("占总收入的", "finance.income.basicShare").text("；")
            .clause("项目收入", "finance.income.project").text("，")
            .clause("占总收入的", "finance.income.projectShare").text("。")
            .clause("生均财政拨款", "finance.fiscalSubsidyPerStudent").text("。").build());
}
