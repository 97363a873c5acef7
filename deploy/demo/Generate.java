import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The demo school 嘉兴技师学院 (code jxtc): record-level data for 2019 and 2020 whose computed indicators are the
 * figures of the seed report (/work/shared/seed, indicators.md), written as one NDJSON file per import resource.
 *
 * <pre>java deploy/demo/Generate.java OUT_DIR</pre>
 *
 * Deterministic: a fixed random seed picks names, ID numbers, dates and which student gets which outcome; every
 * figure the seed states is set by counts and sums chosen here, not by chance. Each section says which figures it
 * makes and how; deploy/demo/README.md lists them with the places where the seed contradicts itself.
 * Files are numbered in load order (majors before students, students before their destinations, partners before
 * internships), so a loader can import them in name order.
 */
public class Generate {

    private static final Random RANDOM = new Random(20201231L);

    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private final List<Student> students = new ArrayList<>();
    private final List<Staff> staff = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java deploy/demo/Generate.java OUT_DIR");
            System.exit(2);
        }
        Generate generate = new Generate();
        generate.all();
        generate.write(Path.of(args[0]));
    }

    void all() {
        majors();
        students();
        assessments();
        certificates();
        awards();
        surveys();
        destinations();
        activities();
        staff();
        teacherTrainings();
        honours();
        researchOutputs();
        electives();
        income();
        aid();
        assets();
        partners();
        trainingRooms();
        apprenticeships();
        internships();
        trainingSessions();
        hostedContests();
    }

    // ---------------------------------------------------------------- majors: 20 open at the end of 2020 in 5 groups

    private static final String[][] MAJORS = {
            {"0101", "机床切削加工（车工）", "机械专业群", "2005-09-01"},
            {"0102", "数控加工（数控车工）", "机械专业群", "2005-09-01"},
            {"0103", "数控机床装配与维修", "机械专业群", "2010-09-01"},
            {"0107", "模具制造", "机械专业群", "2008-09-01"},
            {"0110", "机械设备装配与自动控制", "机械专业群", "2012-09-01"},
            {"0301", "电气自动化设备安装与维修", "电气专业群", "2005-09-01"},
            {"0302", "机电一体化技术", "电气专业群", "2009-09-01"},
            {"0306", "工业机器人应用与维护", "电气专业群", "2015-09-01"},
            {"0308", "电子技术应用", "电气专业群", "2006-09-01"},
            {"0201", "计算机网络应用", "信息专业群", "2005-09-01"},
            {"0202", "计算机应用与维修", "信息专业群", "2005-09-01"},
            {"0205", "计算机广告制作", "信息专业群", "2011-09-01"},
            {"0209", "物联网应用技术", "信息专业群", "2017-09-01"},
            {"0210", "虚拟现实应用技术", "信息专业群", "2020-09-01"},
            {"0601", "会计", "财经专业群", "2005-09-01"},
            {"0602", "电子商务", "财经专业群", "2010-09-01"},
            {"0603", "物流服务与管理", "财经专业群", "2013-09-01"},
            {"1101", "旅游服务与管理", "商旅专业群", "2007-09-01"},
            {"1102", "烹饪（中式烹调）", "商旅专业群", "2008-09-01"},
            {"1105", "烹饪（西式面点与烘焙）", "商旅专业群", "2019-09-01"}};

    private void majors() {
        for (String[] major : MAJORS) {
            emit("majors", obj("code", major[0], "name", major[1], "group", major[2], "openedOn", major[3]));
        }
    }

    // ---------------------------------------------------------------- students

    /** A student as generated; status changes are appended in date order. */
    static final class Student {
        final String no;
        final int cohort;
        final boolean fiveYear;
        final String major;
        String gender;
        final LocalDate born;
        final List<Object[]> history = new ArrayList<>();

        Student(String no, int cohort, boolean fiveYear, String major, LocalDate born) {
            this.no = no;
            this.cohort = cohort;
            this.fiveYear = fiveYear;
            this.major = major;
            this.born = born;
            history.add(new Object[] {"ENROLLED", enrolledOn()});
        }

        LocalDate enrolledOn() {
            return LocalDate.of(cohort, 9, 1);
        }

        LocalDate expectedGraduationOn() {
            return LocalDate.of(cohort + (fiveYear ? 5 : 3), 6, 30);
        }

        void change(String status, LocalDate on) {
            history.add(new Object[] {status, on});
        }

        String statusOn(LocalDate day) {
            String status = null;
            for (Object[] change : history) {
                if (!((LocalDate) change[1]).isAfter(day)) {
                    status = (String) change[0];
                }
            }
            return status;
        }

        boolean enrolledOn(LocalDate day) {
            return "ENROLLED".equals(statusOn(day));
        }

        boolean graduatedIn(int year) {
            return history.stream().anyMatch(c -> c[0].equals("GRADUATED") && ((LocalDate) c[1]).getYear() == year);
        }
    }

    private static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);
    private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

    /**
     * Cohorts enrol on 1 September: three-year students graduate on 30 June three years later, five-year (五年一贯制)
     * students five years later. With the losses below this gives, at 31 December 2020, 6324 enrolled (4029 male),
     * 1774 new in 2020 and 1237 in 2019 (+537), 750 graduates of 753 due (99.60 %) and a retention of 5309 / 5319
     * (99.81 %, the seed's 99.8).
     */
    private void students() {
        cohort(2014, 0, 200);
        cohort(2015, 0, 230);
        cohort(2016, 500, 520);
        cohort(2017, 528, 560);
        cohort(2018, 1669, 580);
        cohort(2019, 777, 460);
        cohort(2020, 1224, 550);

        // losses before 2020: 2 of the 2016 three-year cohort withdrew in 2019, 5 of the 2017 one in 2018-2019
        losses(s -> s.cohort == 2016 && !s.fiveYear, 2, "WITHDRAWN", LocalDate.of(2019, 3, 15));
        losses(s -> s.cohort == 2017 && !s.fiveYear, 3, "WITHDRAWN", LocalDate.of(2018, 11, 20));
        losses(s -> s.cohort == 2017 && !s.fiveYear, 2, "TRANSFERRED_OUT", LocalDate.of(2019, 9, 10));
        // of the 753 due in 2020, 2 are suspended and 1 withdrew; the 10 lost in 2020 set the retention rate
        losses(s -> s.cohort == 2017 && !s.fiveYear, 2, "SUSPENDED", LocalDate.of(2020, 3, 2));
        losses(s -> s.cohort == 2017 && !s.fiveYear, 1, "WITHDRAWN", LocalDate.of(2020, 5, 11));
        losses(s -> s.cohort == 2017 && s.fiveYear, 1, "WITHDRAWN", LocalDate.of(2020, 10, 9));
        losses(s -> s.cohort == 2018, 2, "WITHDRAWN", LocalDate.of(2020, 4, 20));
        losses(s -> s.cohort == 2019, 4, "WITHDRAWN", LocalDate.of(2020, 3, 16));
        losses(s -> s.cohort == 2019, 2, "TRANSFERRED_OUT", LocalDate.of(2020, 9, 1));
        losses(s -> s.cohort == 2019, 3, "SUSPENDED", LocalDate.of(2020, 11, 2));
        // 4 of the 2020 intake left in their first term: not in the stock, not in the retention denominator
        losses(s -> s.cohort == 2020, 4, "WITHDRAWN", LocalDate.of(2020, 11, 16));
        // everyone still enrolled when due graduates on the expected day
        for (Student s : students) {
            LocalDate due = s.expectedGraduationOn();
            if (due.getYear() <= 2020 && s.enrolledOn(due)) {
                s.change("GRADUATED", due);
            }
        }
        genders();
        for (Student s : students) {
            Map<String, Object> row = obj("studentNo", s.no, "name", personName(s.gender), "gender", s.gender,
                    "idNumber", idNumber(s.born, s.gender), "majorCode", s.major,
                    "className", className(s),
                    "programme", s.fiveYear ? "FIVE_YEAR_JOINT" : "THREE_YEAR", "fullTime", true,
                    "enrolledOn", s.enrolledOn(), "expectedGraduationOn", s.expectedGraduationOn());
            List<Object> history = new ArrayList<>();
            for (Object[] change : s.history) {
                history.add(obj("status", change[0], "effectiveOn", change[1]));
            }
            row.put("statusHistory", history);
            emit("students", row);
        }
    }

    /** e.g. 20级工业机器人应用与维护2班: the cohort, the major without its specialisation, one of three classes. */
    private static String className(Student s) {
        return (s.cohort % 100) + "级" + majorName(s.major).replaceAll("（.*", "") + (1 + Math.floorMod(s.no.hashCode(), 3)) + "班";
    }

    private void cohort(int year, int threeYear, int fiveYear) {
        int sequence = 0;
        for (int i = 0; i < threeYear + fiveYear; i++) {
            boolean five = i >= threeYear;
            String major = majorFor(year, i);
            String no = year + major + String.format("%04d", ++sequence);
            LocalDate born = LocalDate.of(year - 15, 1, 1).plusDays(RANDOM.nextInt(365) - (five ? 0 : 60));
            students.add(new Student(no, year, five, major, born));
        }
    }

    /** Spreads a cohort over the majors open when it enrols, the three apprenticeship majors a little more. */
    private static String majorFor(int year, int index) {
        List<String> open = new ArrayList<>();
        for (String[] major : MAJORS) {
            if (!LocalDate.parse(major[3]).isAfter(LocalDate.of(year, 9, 1))) {
                open.add(major[0]);
                if (major[0].equals("0306") || major[0].equals("0602") || major[0].equals("1105")) {
                    open.add(major[0]);
                }
            }
        }
        return open.get(index % open.size());
    }

    private static String majorName(String code) {
        for (String[] major : MAJORS) {
            if (major[0].equals(code)) {
                return major[1];
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** Status changes for {@code count} students of a group still enrolled, picked from the end of the group. */
    private void losses(Predicate<Student> group, int count, String status, LocalDate on) {
        List<Student> candidates = students.stream().filter(group).filter(s -> s.history.size() == 1).toList();
        for (int i = 0; i < count; i++) {
            candidates.get(candidates.size() - 1 - i * 7).change(status, on);
        }
    }

    /** 4029 of the 6324 enrolled at the end of 2020 are male (1.76:1); the others about as many as usual. */
    private void genders() {
        List<Student> enrolled = new ArrayList<>(students.stream().filter(s -> s.enrolledOn(END_2020)).toList());
        Collections.shuffle(enrolled, RANDOM);
        for (int i = 0; i < enrolled.size(); i++) {
            enrolled.get(i).gender = i < 4029 ? "MALE" : "FEMALE";
        }
        for (Student s : students) {
            if (s.gender == null) {
                s.gender = RANDOM.nextInt(100) < 64 ? "MALE" : "FEMALE";
            }
        }
    }

    private List<Student> pick(Predicate<Student> which, int count) {
        List<Student> all = new ArrayList<>(students.stream().filter(which).toList());
        Collections.shuffle(all, RANDOM);
        if (all.size() < count) {
            throw new IllegalStateException("only " + all.size() + " students for " + count);
        }
        return all.subList(0, count);
    }

    private List<Student> graduatesOf(int year) {
        return students.stream().filter(s -> s.graduatedIn(year)).toList();
    }

    // ---------------------------------------------------------------- assessments, certificates, awards, surveys

    /**
     * 1000 second-year students sit 语文, 数学 and 英语 in spring 2020: 979, 964 and 975 pass (97.90, 96.40, 97.50;
     * together 2918 / 3000 = 97.27 %). 300 take the skill test, all pass; 125 take the fitness test, 119 pass (95.20 %).
     */
    private void assessments() {
        List<Student> second = pick(s -> s.cohort == 2019 && s.enrolledOn(LocalDate.of(2020, 6, 15)), 1000);
        String[][] subjects = {{"CHINESE", "979"}, {"MATH", "964"}, {"ENGLISH", "975"}};
        for (String[] subject : subjects) {
            int passed = Integer.parseInt(subject[1]);
            for (int i = 0; i < second.size(); i++) {
                boolean pass = i < passed;
                emit("assessments", obj("studentNo", second.get(i).no, "year", 2020, "term", 2, "kind", "CULTURAL",
                        "subject", subject[0], "passed", pass, "score", score(pass)));
            }
            Collections.shuffle(second, RANDOM);
        }
        List<Student> third = pick(s -> s.cohort == 2018 && s.enrolledOn(LocalDate.of(2020, 6, 15)), 300);
        for (Student s : third) {
            emit("assessments", obj("studentNo", s.no, "year", 2020, "term", 2, "kind", "SKILL", "passed", true,
                    "score", score(true)));
        }
        List<Student> tested = pick(s -> s.enrolledOn(LocalDate.of(2020, 10, 15)) && s.cohort >= 2019, 125);
        for (int i = 0; i < tested.size(); i++) {
            emit("assessments", obj("studentNo", tested.get(i).no, "year", 2020, "term", 1, "kind", "FITNESS",
                    "passed", i < 119));
        }
    }

    private static BigDecimal score(boolean passed) {
        int tenths = passed ? 600 + RANDOM.nextInt(400) : 300 + RANDOM.nextInt(290);
        return BigDecimal.valueOf(tenths, 1);
    }

    /** Every graduate of 2019 and 2020 holds a certificate issued before graduating (技能证书获取率 100 %). */
    private void certificates() {
        for (Student s : students) {
            if (s.graduatedIn(2019) || s.graduatedIn(2020)) {
                int year = s.expectedGraduationOn().getYear();
                // the appraisal of the final year, in May before graduating
                String name = certificateFor(s.major);
                emit("certificates", obj("studentNo", s.no, "name", name, "kind", "VOCATIONAL_QUALIFICATION",
                        "level", s.fiveYear ? "LEVEL_3" : "LEVEL_4", "issuer", "嘉兴市人力资源和社会保障局",
                        "issuedOn", LocalDate.of(year, 5, 20)));
            }
        }
    }

    private static String certificateFor(String major) {
        return switch (major.substring(0, 2)) {
            case "01" -> "车工";
            case "03" -> "电工";
            case "02" -> "计算机程序设计员";
            case "06" -> "电子商务师";
            default -> major.equals("1101") ? "导游" : "中式烹调师";
        };
    }

    /**
     * 2020: 行业国家级 4 gold, 6 silver, 8 bronze; 省级一类 10 / 11 / 14; 第一届全国职业技能大赛 1 silver, 1 bronze, 4
     * 优胜; 全国职业院校技能大赛改革试点赛 1 bronze; 3D 大赛省赛 3 / 2 / 3; 市技能节 5 / 12 / 21. 2019: fewer.
     */
    private void awards() {
        List<Student> pool = new ArrayList<>(students.stream().filter(s -> s.enrolledOn(LocalDate.of(2020, 6, 1))
                && s.cohort <= 2019).toList());
        Collections.shuffle(pool, RANDOM);
        int[] next = {0};
        award(pool, next, "全国行业职业技能竞赛", "NATIONAL_INDUSTRY", LocalDate.of(2020, 11, 20), 4, 6, 8, 0);
        award(pool, next, "第46届世界技能大赛浙江省选拔赛", "PROVINCIAL_FIRST_CLASS", LocalDate.of(2020, 8, 28), 7, 7, 4, 0);
        award(pool, next, "浙江省中等职业学校职业能力大赛", "PROVINCIAL_FIRST_CLASS", LocalDate.of(2020, 6, 12), 3, 4, 10, 0);
        award(pool, next, "中华人民共和国第一届职业技能大赛", "NATIONAL", LocalDate.of(2020, 12, 13), 0, 1, 1, 4);
        award(pool, next, "全国职业院校技能大赛改革试点赛", "NATIONAL", LocalDate.of(2020, 12, 5), 0, 0, 1, 0);
        award(pool, next, "第13届全国3D大赛年度竞赛浙江省赛", "PROVINCIAL", LocalDate.of(2020, 7, 18), 3, 2, 3, 0);
        award(pool, next, "嘉兴市第十五届中职学校技能节", "MUNICIPAL", LocalDate.of(2020, 5, 22), 5, 12, 21, 0);
        award(pool, next, "全国行业职业技能竞赛", "NATIONAL_INDUSTRY", LocalDate.of(2019, 11, 15), 3, 5, 6, 0);
        award(pool, next, "浙江省中等职业学校职业能力大赛", "PROVINCIAL_FIRST_CLASS", LocalDate.of(2019, 6, 14), 8, 9, 12, 0);
        award(pool, next, "嘉兴市第十四届中职学校技能节", "MUNICIPAL", LocalDate.of(2019, 5, 24), 7, 14, 24, 0);
    }

    private static final String[] EVENTS = {"工业机器人技术应用", "网络系统管理", "信息网络布线", "移动机器人", "烘焙",
            "电气安装与维修", "数控车", "电子商务运营", "会计技能", "中式烹调", "3D打印造型", "导游服务", "物联网技术应用",
            "模具制造", "机电一体化", "计算机广告制作", "数控铣", "钳工", "电子电路装调", "物流服务", "虚拟现实设计"};

    private void award(List<Student> pool, int[] next, String competition, String tier, LocalDate on,
                       int gold, int silver, int bronze, int excellence) {
        int[] counts = {gold, silver, bronze, excellence};
        String[] medals = {"GOLD", "SILVER", "BRONZE", "EXCELLENCE"};
        int event = 0;
        for (int m = 0; m < medals.length; m++) {
            for (int i = 0; i < counts[m]; i++) {
                List<String> winners = new ArrayList<>();
                int team = 1 + (event % 3 == 0 ? 1 : 0);
                for (int t = 0; t < team; t++) {
                    winners.add(pool.get(next[0]++ % pool.size()).no);
                }
                emit("awards", obj("competition", competition, "event", EVENTS[event % EVENTS.length] + "（" + (i + 1) + "）",
                        "tier", tier, "medal", medals[m], "awardedOn", on, "studentNos", winners));
                event++;
            }
        }
    }

    /**
     * Satisfied / (satisfied + dissatisfied): 991/9 = 99.1, 994/6 = 99.4, 980/20 = 98, 734/7 = 99.06 (graduates, 9
     * could not judge), 730/70 = 91.25 in 2020 against 724/76 = 90.50 in 2019 (+0.75 points), 828/172 = 82.8.
     */
    private void surveys() {
        survey("CLUB_ACTIVITIES", 2020, 991, 9, 0);
        survey("CAMPUS_SAFETY", 2020, 994, 6, 0);
        survey("TEACHING", 2020, 980, 20, 0);
        survey("GRADUATES_ON_SCHOOL", 2020, 734, 7, 9);
        survey("EMPLOYMENT_SERVICE", 2020, 734, 7, 9);
        survey("CAREER_PROSPECTS", 2020, 730, 70, 0);
        survey("EMPLOYERS", 2020, 828, 172, 0);
        survey("CLUB_ACTIVITIES", 2019, 985, 15, 0);
        survey("CAMPUS_SAFETY", 2019, 990, 10, 0);
        survey("TEACHING", 2019, 975, 25, 0);
        survey("GRADUATES_ON_SCHOOL", 2019, 688, 10, 4);
        survey("EMPLOYMENT_SERVICE", 2019, 690, 8, 4);
        survey("CAREER_PROSPECTS", 2019, 724, 76, 0);
        survey("EMPLOYERS", 2019, 815, 185, 0);
    }

    private void survey(String kind, int year, int satisfied, int dissatisfied, int notAssessable) {
        emit("surveys", obj("survey", kind, "year", year, "satisfied", satisfied, "dissatisfied", dissatisfied,
                "notAssessable", notAssessable));
    }

    /**
     * The 750 graduates of 2020: 99 go on to further education (13.2 %), 651 work (就业率 100 %), 528 of them in their
     * field (81.11 %), 578 in Jiaxing, first monthly salaries summing to 651 × 3609 yuan. 2019's graduates likewise.
     */
    private void destinations() {
        destinationsOf(2020, 99, 528, 578, 3609);
        destinationsOf(2019, 80, 500, 540, 3480);
    }

    private void destinationsOf(int year, int further, int relevant, int local, int meanSalary) {
        List<Student> graduates = new ArrayList<>(graduatesOf(year));
        Collections.shuffle(graduates, RANDOM);
        int working = graduates.size() - further;
        int spreadOfPair = 0;
        for (int i = 0; i < graduates.size(); i++) {
            Student s = graduates.get(i);
            if (i < further) {
                emit("destinations", obj("studentNo", s.no, "graduationYear", year, "destination", "FURTHER_EDUCATION"));
                continue;
            }
            int w = i - further;
            // pairs of salaries equally far above and below the mean, so that they average to it exactly
            if (w % 2 == 0) {
                spreadOfPair = w == working - 1 ? 0 : 10 * RANDOM.nextInt(61);
            }
            long salary = meanSalary + (w % 2 == 0 ? spreadOfPair : -spreadOfPair);
            emit("destinations", obj("studentNo", s.no, "graduationYear", year,
                    "destination", w % 97 == 0 ? "SELF_EMPLOYED" : "EMPLOYED", "relevantToMajor", w < relevant,
                    "local", w >= working - local, "firstMonthlySalary", BigDecimal.valueOf(salary * 100, 2),
                    "employer", "嘉兴" + EMPLOYERS[w % EMPLOYERS.length]));
        }
    }

    private static final String[] EMPLOYERS = {"某智能装备有限公司", "某机器人科技有限公司", "某电子商务有限公司",
            "某精密机械有限公司", "某食品有限公司", "某网络科技有限公司", "某汽车零部件有限公司", "某会计师事务所",
            "某旅行社有限公司", "某电气有限公司"};

    /**
     * 38 clubs active at the end of 2020 (one founded in 2020, one closed in 2020, so 38 at the end of 2019 too);
     * 436 club events and 1433 volunteer events in 2020; 2019 a little fewer.
     */
    private void activities() {
        String[] clubs = {"机器人创新社", "微尘公益社", "吉他社", "龙舟社", "足球社", "篮球社", "书法社", "摄影社", "舞蹈社",
                "棋类社", "音乐社", "3D打印社", "电子制作社", "烘焙社", "茶艺社", "动漫社", "文学社", "广播站", "礼仪队",
                "心理协会", "创业社", "电商直播社", "英语角", "武术社", "羽毛球社", "乒乓球社", "田径队", "模具创意社",
                "网络安全社", "VR体验社", "导游讲解社", "志愿服务队", "环保社", "数控技能社", "电工技能社", "会计技能社",
                "汉服社", "朗诵社"};
        for (int i = 0; i < clubs.length; i++) {
            LocalDate from = i == 37 ? LocalDate.of(2020, 9, 20) : LocalDate.of(2010 + i % 9, 9, 15);
            emit("activities", obj("kind", "CLUB", "title", clubs[i], "activeFrom", from, "participants", 30 + RANDOM.nextInt(50)));
        }
        emit("activities", obj("kind", "CLUB", "title", "街舞社", "activeFrom", LocalDate.of(2016, 9, 15),
                "activeUntil", LocalDate.of(2020, 7, 1), "participants", 25));
        events("CLUB_EVENT", 2020, 436, clubs, "活动");
        events("VOLUNTEER_EVENT", 2020, 1433, new String[] {"医院服务", "交通劝导", "社区服务", "校园美化"}, "志愿服务");
        events("CLUB_EVENT", 2019, 410, clubs, "活动");
        events("VOLUNTEER_EVENT", 2019, 1380, new String[] {"医院服务", "交通劝导", "社区服务", "校园美化"}, "志愿服务");
    }

    private void events(String kind, int year, int count, String[] names, String suffix) {
        for (int i = 0; i < count; i++) {
            LocalDate on = LocalDate.of(year, 1, 1).plusDays((long) i * 365 / count);
            emit("activities", obj("kind", kind, "title", names[i % names.length] + suffix + "第" + (i + 1) + "次",
                    "date", on, "participants", 8 + RANDOM.nextInt(40)));
        }
    }

    // ---------------------------------------------------------------- staff and their work

    static final class Staff {
        final String no;
        final String employment;
        final String role;
        final String courseCategory;
        final LocalDate hiredOn;
        LocalDate leftOn;
        final List<Map<String, Object>> history = new ArrayList<>();

        Staff(String no, String employment, String role, String courseCategory, LocalDate hiredOn) {
            this.no = no;
            this.employment = employment;
            this.role = role;
            this.courseCategory = courseCategory;
            this.hiredOn = hiredOn;
        }

        boolean teacherOn(LocalDate day) {
            return role.equals("FULL_TIME_TEACHER") && !hiredOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
        }
    }

    /**
     * At the end of 2020: 360 full-time teachers (340 established, 20 on contract), 247 of them teaching
     * professional courses, 235 of those 双师型; 357 with a bachelor's education or more, 93 with a master's, 160 with
     * a senior title; 47 more established staff teach (workshop instructors, administrators with courses), so 387
     * established teachers; 25 part-time teachers (10 a year before) and 43 external ones. Some qualifications
     * changed in 2020 (a master's degree, a senior title, the 双师型 certificate), so 2019 differs.
     */
    private void staff() {
        int n = 0;
        // full-time teachers employed at the end of 2020: index decides the figures
        for (int i = 0; i < 360; i++) {
            boolean professional = i < 247;
            String category = professional ? (i % 10 == 0 ? "BOTH" : "PROFESSIONAL") : "CULTURAL";
            LocalDate hired = i >= 355 ? LocalDate.of(2020, 9, 1) : LocalDate.of(1990 + i % 29, 9, 1);
            Staff s = new Staff(String.format("T%04d", ++n), i < 340 ? "ESTABLISHED" : "CONTRACT", "FULL_TIME_TEACHER",
                    category, hired);
            boolean master = i % 4 == 1 && i < 357; // 89 teachers with index 1, 5, 9, ... 353 have a master's degree
            String education = i >= 357 ? "ASSOCIATE" : master && i % 8 == 1 ? "MASTER" : "BACHELOR";
            String degree = master ? "MASTER" : education.equals("ASSOCIATE") ? "NONE" : "BACHELOR";
            boolean senior = i % 9 < 4 && i < 355; // 160 of those employed before 2020
            boolean dual = professional && !(i < 240 && i % 20 == 3); // 12 professional teachers are not 双师型
            qualification(s, hired, education, degree, "INTERMEDIATE", dual);
            if (senior) {
                // eight promoted in December 2020, the others at most five years after they came, by 2019
                LocalDate promoted = i % 45 == 0 ? LocalDate.of(2020, 12, 1)
                        : hired.plusYears(5).isBefore(LocalDate.of(2019, 12, 1)) ? hired.plusYears(5) : LocalDate.of(2019, 12, 1);
                qualification(s, promoted, null, null, "SENIOR", null);
            }
            staff.add(s);
        }
        List<Staff> teachers = staff.stream().filter(s -> s.teacherOn(END_2020)).toList();
        // four more earned a master's degree in 2020 (89 + 4 = 93)
        int added = 0;
        for (Staff s : teachers) {
            if (added < 4 && !hasMaster(s) && s.hiredOn.getYear() < 2015 && s.history.size() == 1) {
                qualification(s, LocalDate.of(2020, 7, 1), null, "MASTER", null, null);
                added++;
            }
        }
        // eight professional teachers certified 双师型 in 2020 (they were not in 2019)
        int certified = 0;
        for (Staff s : teachers) {
            if (certified < 8 && !s.courseCategory.equals("CULTURAL") && Boolean.TRUE.equals(s.history.get(0).get("dualQualified"))
                    && s.hiredOn.getYear() < 2019 && s.history.size() == 1) {
                s.history.get(0).put("dualQualified", false);
                qualification(s, LocalDate.of(2020, 10, 1), null, null, null, true);
                certified++;
            }
        }
        // teachers who left in 2020 (counted in 2019, not in 2020)
        for (int i = 0; i < 3; i++) {
            Staff s = new Staff(String.format("T%04d", ++n), "ESTABLISHED", "FULL_TIME_TEACHER", "PROFESSIONAL",
                    LocalDate.of(1988, 9, 1));
            s.leftOn = LocalDate.of(2020, 8, 1);
            qualification(s, s.hiredOn, "BACHELOR", "BACHELOR", "SENIOR", true);
            staff.add(s);
        }
        // established staff who teach without being full-time teachers
        for (int i = 0; i < 47; i++) {
            Staff s = new Staff(String.format("T%04d", ++n), "ESTABLISHED", i < 30 ? "WORKSHOP_INSTRUCTOR" : "ADMINISTRATIVE",
                    i < 30 ? "PROFESSIONAL" : "CULTURAL", LocalDate.of(1995 + i % 20, 9, 1));
            qualification(s, s.hiredOn, "BACHELOR", "BACHELOR", "INTERMEDIATE", i < 30 ? Boolean.TRUE : null);
            staff.add(s);
        }
        // administrators and support staff who do not teach
        for (int i = 0; i < 65; i++) {
            Staff s = new Staff(String.format("A%04d", i + 1), i < 40 ? "ESTABLISHED" : "CONTRACT",
                    i < 40 ? "ADMINISTRATIVE" : "SUPPORT", "NONE", LocalDate.of(1995 + i % 24, 3, 1));
            qualification(s, s.hiredOn, i < 40 ? "BACHELOR" : "ASSOCIATE", null, null, null);
            staff.add(s);
        }
        // part-time teachers from enterprises: 10 since before 2020, 15 engaged in 2020, 2 whose engagement ended in 2019
        for (int i = 0; i < 27; i++) {
            Staff s = new Staff(String.format("P%04d", i + 1), "PART_TIME", "WORKSHOP_INSTRUCTOR", "PROFESSIONAL",
                    i < 12 ? LocalDate.of(2018, 9, 1) : LocalDate.of(2020, 3, 1).plusMonths(i % 7));
            if (i >= 10 && i < 12) {
                s.leftOn = LocalDate.of(2019, 7, 1);
            }
            qualification(s, s.hiredOn, "BACHELOR", null, null, null);
            staff.add(s);
        }
        for (int i = 0; i < 43; i++) {
            Staff s = new Staff(String.format("E%04d", i + 1), "EXTERNAL", "WORKSHOP_INSTRUCTOR", "PROFESSIONAL",
                    i < 40 ? LocalDate.of(2016 + i % 4, 9, 1) : LocalDate.of(2020, 9, 1));
            qualification(s, s.hiredOn, i % 3 == 0 ? "ASSOCIATE" : "BACHELOR", null, null, null);
            staff.add(s);
        }
        for (Staff s : staff) {
            String gender = RANDOM.nextInt(100) < 55 ? "FEMALE" : "MALE";
            Map<String, Object> row = obj("staffNo", s.no, "name", personName(gender), "gender", gender,
                    "birthDate", LocalDate.of(Math.min(s.hiredOn.getYear() - 23, 1998), 1, 1).plusDays(RANDOM.nextInt(365)),
                    "employment", s.employment, "role", s.role);
            if (!s.courseCategory.equals("NONE")) {
                row.put("teaches", s.courseCategory.equals("CULTURAL") ? "语文" : "专业课程");
            }
            row.put("courseCategory", s.courseCategory);
            row.put("hiredOn", s.hiredOn);
            if (s.leftOn != null) {
                row.put("leftOn", s.leftOn);
            }
            row.put("qualificationHistory", s.history);
            emit("staff", row);
        }
    }

    private static boolean hasMaster(Staff s) {
        return s.history.stream().anyMatch(q -> "MASTER".equals(q.get("degree")) || "MASTER".equals(q.get("education")));
    }

    private static void qualification(Staff s, LocalDate on, String education, String degree, String title, Boolean dual) {
        Map<String, Object> change = obj("effectiveOn", on, "education", education, "degree", degree, "title", title,
                "dualQualified", dual);
        change.values().removeIf(v -> v == null);
        s.history.add(change);
    }

    private List<Staff> teachersOn(LocalDate day) {
        return staff.stream().filter(s -> s.teacherOn(day)).toList();
    }

    /** 400 municipal and 11 provincial training attendances started in 2020; 2019 fewer. */
    private void teacherTrainings() {
        trainings(2020, "MUNICIPAL", 400, new String[] {"信息化教学能力提升", "教育科研能力提升", "班主任能力提升", "课程思政专题"});
        trainings(2020, "PROVINCIAL", 11, new String[] {"浙江省中职教师素质提高培训"});
        trainings(2019, "MUNICIPAL", 360, new String[] {"信息化教学能力提升", "一体化课程教学改革", "班主任能力提升"});
        trainings(2019, "PROVINCIAL", 9, new String[] {"浙江省中职教师素质提高培训"});
    }

    private void trainings(int year, String level, int count, String[] programmes) {
        List<Staff> teachers = teachersOn(LocalDate.of(year, 6, 1));
        for (int i = 0; i < count; i++) {
            int p = i / teachers.size();
            LocalDate start = LocalDate.of(year, 7, 6).plusDays(7L * p);
            emit("teacher-trainings", obj("staffNo", teachers.get(i % teachers.size()).no, "programme", programmes[p % programmes.length],
                    "level", level, "startOn", start, "endOn", start.plusDays(4), "hours", 40, "online", year == 2020));
        }
    }

    private void honours() {
        List<Staff> teachers = teachersOn(END_2020);
        String[][] honours = {{"浙江省春蚕奖", "PROVINCIAL"}, {"嘉兴市学科带头人", "MUNICIPAL"}, {"嘉兴市教坛新秀", "MUNICIPAL"},
                {"嘉兴市优秀班主任", "MUNICIPAL"}, {"全国技术能手", "NATIONAL"}};
        for (int i = 0; i < 12; i++) {
            emit("honours", obj("staffNo", teachers.get(i * 29 % teachers.size()).no, "title", honours[i % honours.length][0],
                    "level", honours[i % honours.length][1], "awardedOn", LocalDate.of(i < 6 ? 2020 : 2019, 9, 10)));
        }
    }

    /** 2020: 5 research awards, 27 teaching-contest awards, 64 papers, 28 projects. */
    private void researchOutputs() {
        research(2020, "RESEARCH_AWARD", 5, "科研成果");
        research(2020, "TEACHING_CONTEST_AWARD", 27, "教学能力比赛获奖");
        research(2020, "PAPER", 64, "论文");
        research(2020, "PROJECT", 28, "课题");
        research(2019, "RESEARCH_AWARD", 4, "科研成果");
        research(2019, "TEACHING_CONTEST_AWARD", 22, "教学能力比赛获奖");
        research(2019, "PAPER", 58, "论文");
        research(2019, "PROJECT", 25, "课题");
    }

    private void research(int year, String type, int count, String what) {
        List<Staff> teachers = teachersOn(LocalDate.of(year, 6, 1));
        String[] topics = {"一体化课程", "工业机器人教学", "现代学徒制", "课程思政", "信息化教学", "技能大赛训练", "电商直播实训",
                "烘焙工艺", "德育模式", "产教融合"};
        String[] levels = {"MUNICIPAL", "PROVINCIAL", "MUNICIPAL", "NATIONAL", "DISTRICT"};
        for (int i = 0; i < count; i++) {
            emit("research-outputs", obj("type", type, "title", year + "年" + topics[i % topics.length] + what + "（" + (i + 1) + "）",
                    "level", levels[i % levels.length], "date", LocalDate.of(year, 3, 1).plusDays(i * 3L),
                    "staffNos", List.of(teachers.get((i * 37 + type.length()) % teachers.size()).no)));
        }
    }

    /**
     * Elective terms starting in 2020: the spring term of 2019–2020 (42 courses) and the autumn term of 2020–2021
     * (43): 85 courses, 70 distinct teachers (15 teach in both terms), 2900 enrolments.
     */
    private void electives() {
        List<Staff> teachers = teachersOn(END_2020);
        int enrolled = 0;
        for (int i = 0; i < 85; i++) {
            boolean spring = i < 42;
            // teachers 0..41 in spring; autumn courses 42..84 use teachers 27..69 (27..41 in both terms)
            Staff teacher = teachers.get(spring ? i : i - 15);
            int students = i == 84 ? 2900 - enrolled : 30 + i % 10;
            enrolled += students;
            emit("electives", obj("code", String.format("XX%03d", spring ? i + 1 : i - 41), "title", ELECTIVES[i % ELECTIVES.length],
                    "year", spring ? 2019 : 2020, "term", spring ? 2 : 1, "teacherStaffNos", List.of(teacher.no),
                    "enrolledStudents", students, "online", spring));
        }
        // the terms starting in 2019: spring of 2018–2019 and autumn of 2019–2020, 80 courses by 65 teachers
        for (int i = 0; i < 80; i++) {
            boolean spring = i < 40;
            emit("electives", obj("code", String.format("XX%03d", i % 40 + 1), "title", ELECTIVES[i % ELECTIVES.length],
                    "year", spring ? 2018 : 2019, "term", spring ? 2 : 1,
                    "teacherStaffNos", List.of(teachers.get(spring ? i + 30 : i - 35).no), "enrolledStudents", 32,
                    "online", false));
        }
    }

    private static final String[] ELECTIVES = {"3D打印创意设计", "电商直播", "烘焙入门", "书法鉴赏", "摄影基础", "Python编程",
            "机器人编程", "职业礼仪", "心理健康", "茶艺", "短视频制作", "VR场景设计", "英语口语", "理财基础"};

    // ---------------------------------------------------------------- finance

    /**
     * 2020 income 163,256,200 yuan (16325.62 万元): fiscal subsidy 148,919,300 (of which project 24,728,800), business
     * 8,800,000, other 5,536,900; basic 138,527,400. Posted monthly; one voucher of other income is posted twice by
     * mistake and reversed. 2019: 156,570,000 (15657.00 万元), so 2020 is 4.27 % more.
     */
    private void income() {
        monthly(2020, "FISCAL_SUBSIDY", "BASIC", 124_190_500_00L, "生均公用经费及人员经费拨款");
        monthly(2020, "FISCAL_SUBSIDY", "PROJECT", 24_728_800_00L, "专项资金拨款（名校、双高建设）");
        monthly(2020, "BUSINESS", "BASIC", 8_800_000_00L, "培训及鉴定收入");
        monthly(2020, "OTHER", "BASIC", 5_536_900_00L, "利息及其他收入");
        emit("income", obj("voucherNo", "2020-12-OTHER-DUP", "postedOn", LocalDate.of(2020, 12, 28), "category", "OTHER",
                "nature", "BASIC", "amount", new BigDecimal("12000.00"), "description", "重复入账（已冲销）"));
        emit("income", obj("voucherNo", "2020-12-OTHER-REV", "postedOn", LocalDate.of(2020, 12, 30),
                "description", "冲销重复入账", "reverses", "2020-12-OTHER-DUP"));
        monthly(2019, "FISCAL_SUBSIDY", "BASIC", 119_800_000_00L, "生均公用经费及人员经费拨款");
        monthly(2019, "FISCAL_SUBSIDY", "PROJECT", 23_270_000_00L, "专项资金拨款（名校建设）");
        monthly(2019, "BUSINESS", "BASIC", 8_300_000_00L, "培训及鉴定收入");
        monthly(2019, "OTHER", "BASIC", 5_200_000_00L, "利息及其他收入");
    }

    /** A yearly amount (in fen) posted in twelve monthly vouchers, the last taking the remainder. */
    private void monthly(int year, String category, String nature, long fen, String description) {
        long posted = 0;
        for (int month = 1; month <= 12; month++) {
            long amount = month == 12 ? fen - posted : fen / 12 / 100 * 100;
            posted += amount;
            emit("income", obj("voucherNo", String.format("%d-%02d-%s-%s", year, month, category, nature),
                    "postedOn", LocalDate.of(year, month, 15), "category", category, "nature", nature,
                    "amount", BigDecimal.valueOf(amount, 2), "description", year + "年" + month + "月" + description));
        }
    }

    /**
     * Aid paid in 2020. 免学费: the spring term of 2019–2020 is paid to every student enrolled when it is paid,
     * 14,202,400 yuan in all (the seed's 7358 students are more than the school had, see README); the autumn term of
     * 2020–2021 to 3232 students, 6,284,500 yuan. 国家助学金 251 students, 250,400 yuan; 教育券 250 × 871 yuan; and the
     * small programmes the seed lists with their head-counts.
     */
    private void aid() {
        String[][] programmes = {
                {"TW-2019", "中职免学费（2019学年）", "TUITION_WAIVER", "中央和地方财政"},
                {"TW-2020", "中职免学费（2020学年）", "TUITION_WAIVER", "中央和地方财政"},
                {"NG-2020", "国家助学金（2020学年）", "NATIONAL_GRANT", "中央和地方财政"},
                {"EV-2020", "嘉兴市教育券", "EDUCATION_VOUCHER", "嘉兴市财政"},
                {"FG-2020", "嘉兴市教育基金会资助金", "FOUNDATION_GRANT", "嘉兴市教育基金会"},
                {"SG-2020", "校内助学金", "SCHOOL_GRANT", "学校"},
                {"JS-2020", "湖北籍毕业生求职创业补贴", "JOB_SEEKING_SUBSIDY", "财政"},
                {"EC-2020", "应征入伍毕业学生学费补偿", "ENLISTMENT_COMPENSATION", "中央财政"},
                {"NS-2020", "国家奖学金", "NATIONAL_SCHOLARSHIP", "中央财政"},
                {"OT-2020", "“技能雏鹰”奖学金", "OTHER", "学校"}};
        for (String[] p : programmes) {
            emit("aid-programmes", obj("code", p[0], "name", p[1], "kind", p[2], "funder", p[3]));
        }
        LocalDate spring = LocalDate.of(2020, 4, 15);
        List<Student> springTerm = students.stream().filter(s -> s.enrolledOn(spring)).toList();
        spread("TW-2019", springTerm, 2019, 2, 14_202_400L, spring);
        LocalDate autumn = LocalDate.of(2020, 10, 20);
        List<Student> autumnTerm = pick(s -> s.enrolledOn(autumn) && !s.fiveYear || s.enrolledOn(autumn) && s.cohort >= 2018, 3232);
        spread("TW-2020", autumnTerm, 2020, 1, 6_284_500L, autumn);
        List<Student> grants = pick(s -> s.enrolledOn(autumn), 251);
        for (int i = 0; i < grants.size(); i++) {
            paid("NG-2020", grants.get(i), 2020, 1, i < 246 ? 1000 : 880, LocalDate.of(2020, 11, 10));
        }
        for (Student s : pick(s -> s.enrolledOn(autumn) && s.cohort == 2020, 250)) {
            paid("EV-2020", s, 2020, 1, 871, LocalDate.of(2020, 11, 25));
        }
        for (Student s : pick(s -> s.enrolledOn(autumn), 8)) {
            paid("FG-2020", s, 2020, 1, 2000, LocalDate.of(2020, 12, 10));
        }
        for (Student s : pick(s -> s.enrolledOn(autumn), 169)) {
            paid("SG-2020", s, 2020, 1, 500, LocalDate.of(2020, 12, 15));
        }
        for (Student s : pick(s -> s.graduatedIn(2020), 2)) {
            paid("JS-2020", s, 2019, 2, 1500, LocalDate.of(2020, 6, 20));
        }
        for (Student s : pick(s -> s.graduatedIn(2020), 12)) {
            paid("EC-2020", s, 2020, 1, 5000, LocalDate.of(2020, 10, 30));
        }
        for (Student s : pick(s -> s.enrolledOn(autumn), 6)) {
            paid("NS-2020", s, 2020, 1, 6000, LocalDate.of(2020, 12, 18));
        }
        for (Student s : pick(s -> s.enrolledOn(autumn), 1)) {
            paid("OT-2020", s, 2020, 1, 2000, LocalDate.of(2020, 12, 18));
        }
    }

    /** Pays a total in whole yuan over students as evenly as whole yuan allow. */
    private void spread(String programme, List<Student> to, int year, int term, long yuan, LocalDate on) {
        long each = yuan / to.size();
        long remainder = yuan - each * to.size();
        for (int i = 0; i < to.size(); i++) {
            paid(programme, to.get(i), year, term, each + (i < remainder ? 1 : 0), on);
        }
    }

    private void paid(String programme, Student s, int year, int term, long yuan, LocalDate on) {
        emit("aid-awards", obj("programmeCode", programme, "studentNo", s.no, "year", year, "term", term,
                "amount", BigDecimal.valueOf(yuan * 100, 2), "paidOn", on));
    }

    /**
     * Held at the end of 2020: land 297.22 亩; buildings 131,161 m² of which teaching and teaching-support 76,400 (a
     * 5,000 m² training building is new in 2020), administration 8,386.47, library 3,134; training equipment
     * 80,770,000 yuan and teaching equipment 40,000,000 (1.91 万元 per student), other assets 9,942,800 (总资产除
     * 房屋土地 13071.28 万元); 160,524 printed books of which 7,647 new, 419 new journals.
     */
    private void assets() {
        asset("TD-001", "校园用地（文博路）", obj("category", "LAND", "areaMu", new BigDecimal("260.50")), 0, "2003-08-01");
        asset("TD-002", "实训基地扩建用地", obj("category", "LAND", "areaMu", new BigDecimal("36.72")), 0, "2012-05-01");
        building("FW-001", "教学楼A", "TEACHING", "18200.00", "2004-08-01");
        building("FW-002", "教学楼B", "TEACHING", "15600.00", "2006-08-01");
        building("FW-003", "实训楼A", "TRAINING", "16800.00", "2005-08-01");
        building("FW-004", "实训楼B", "TRAINING", "12400.00", "2011-08-01");
        building("FW-005", "图书馆", "LIBRARY", "3134.00", "2005-08-01");
        building("FW-006", "体育馆", "SPORTS", "5266.00", "2008-08-01");
        building("FW-007", "智能制造实训中心", "TRAINING", "5000.00", "2020-08-20");
        building("FW-008", "行政楼", "ADMINISTRATION", "8386.47", "2004-08-01");
        building("FW-009", "学生公寓1-6号楼", "DORMITORY", "33200.00", "2004-08-01");
        building("FW-010", "学生食堂", "CANTEEN", "8900.00", "2004-08-01");
        building("FW-011", "后勤及其他用房", "OTHER", "4274.53", "2006-08-01");
        equipment("SB-T-%03d", "实训设备", "TRAINING", 80_770_000L, 40, 2020);
        equipment("SB-J-%03d", "教学仪器设备", "TEACHING", 40_000_000L, 20, 2019);
        equipment("SB-O-%03d", "办公设备", "OFFICE", 2_500_000L, 5, 2018);
        asset("TS-001", "馆藏纸质图书（2019年前）", obj("category", "BOOKS", "volumes", 145_377, "kind", "PRINT_BOOK"),
                2_907_540_00L, "2018-12-31");
        asset("TS-2019", "2019年新增纸质图书", obj("category", "BOOKS", "volumes", 7_500, "kind", "PRINT_BOOK"),
                150_000_00L, "2019-11-30");
        asset("TS-2020", "2020年新增纸质图书", obj("category", "BOOKS", "volumes", 7_647, "kind", "PRINT_BOOK"),
                267_645_00L, "2020-11-30");
        asset("QK-2020", "2020年新增期刊", obj("category", "BOOKS", "volumes", 419, "kind", "JOURNAL"),
                41_900_00L, "2020-12-20");
        asset("JJ-001", "教学及办公家具", obj("category", "FURNITURE"), 2_800_000_00L, "2015-08-01");
        asset("CL-001", "校车及公务车辆", obj("category", "VEHICLE"), 1_275_715_00L, "2017-06-01");
    }

    private void building(String no, String name, String use, String area, String on) {
        asset(no, name, obj("category", "BUILDING", "floorArea", new BigDecimal(area), "use", use), 0, on);
    }

    /** Equipment bought in lots over the years; the lots of a kind sum to the total value. */
    private void equipment(String pattern, String name, String purpose, long yuan, int lots, int lastYear) {
        long each = yuan / lots;
        for (int i = 0; i < lots; i++) {
            long value = i == lots - 1 ? yuan - each * (lots - 1) : each;
            asset(String.format(pattern, i + 1), name + "（第" + (i + 1) + "批）",
                    obj("category", "EQUIPMENT", "quantity", 5 + i % 30, "purpose", purpose),
                    value * 100, LocalDate.of(lastYear - i % 10, 7, 1).toString());
        }
    }

    private void asset(String no, String name, Map<String, Object> figures, long fen, String acquiredOn) {
        Map<String, Object> row = obj("assetNo", no, "name", name);
        row.putAll(figures);
        row.put("value", BigDecimal.valueOf(fen, 2));
        row.put("acquiredOn", acquiredOn);
        emit("assets", row);
    }

    // ---------------------------------------------------------------- training department

    private static final String[][] APPRENTICESHIP_PARTNERS = {
            {"RH001", "浙江瑞宏机器人有限公司", "智能制造", "0306"},
            {"SC001", "浙江三超信息科技有限公司", "电子商务", "0602"},
            {"MLJ01", "嘉兴市美丽家食品有限责任公司", "食品", "1105"}};

    /** 43 partners active at the end of 2020 providing 1200 workstations in all; one partnership ended in 2019. */
    private void partners() {
        int provided = 0;
        for (int i = 0; i < APPRENTICESHIP_PARTNERS.length; i++) {
            String[] p = APPRENTICESHIP_PARTNERS[i];
            emit("partners", obj("code", p[0], "name", p[1], "industry", p[2], "city", "嘉兴",
                    "kinds", List.of("APPRENTICESHIP", "INTERNSHIP_BASE", "CO_BUILT_LAB"), "since", LocalDate.of(2017, 9, 1),
                    "workstationsProvided", 60));
            provided += 60;
        }
        for (int i = 1; i <= 40; i++) {
            int stations = i == 40 ? 1200 - provided : 25;
            provided += stations;
            emit("partners", obj("code", String.format("QY%03d", i), "name", "嘉兴" + EMPLOYERS[i % EMPLOYERS.length].replace("某", "合作" + i + "号"),
                    "industry", "制造与服务", "city", i % 5 == 0 ? "杭州" : "嘉兴",
                    "kinds", i % 8 == 0 ? List.of("INTERNSHIP_BASE", "TRAINING_CLIENT") : List.of("INTERNSHIP_BASE"),
                    "since", LocalDate.of(2012 + i % 8, 9, 1), "workstationsProvided", stations));
        }
        emit("partners", obj("code", "QY900", "name", "嘉兴某纺织有限公司", "industry", "纺织", "city", "嘉兴",
                "kinds", List.of("INTERNSHIP_BASE"), "since", LocalDate.of(2012, 9, 1), "until", LocalDate.of(2019, 8, 31),
                "workstationsProvided", 40));
    }

    /**
     * Open at the end of 2020: 100 rooms, 40,100 m², 5,200 workstations; 5 of them built with enterprises in 2020
     * (342 workstations, the seed's 新增实训工位), so 4,858 at the end of 2019.
     */
    private void trainingRooms() {
        int area = 0;
        int stations = 0;
        String[] bases = {"智能制造（工业4.0）实训基地", "电气自动化实训基地", "信息技术实训基地", "财经商贸实训基地", "商旅烹饪实训基地"};
        for (int i = 0; i < 100; i++) {
            boolean newIn2020 = i >= 95;
            int roomArea = i == 99 ? 40100 - area : newIn2020 ? 400 : 380 + i % 50;
            int roomStations = i == 94 ? 4858 - stations : i == 99 ? 5200 - stations : newIn2020 ? 68 : 45 + i % 13;
            area += roomArea;
            stations += roomStations;
            String major = MAJORS[i % MAJORS.length][0];
            emit("training-rooms", obj("code", String.format("SX-%03d", i + 1),
                    "name", (newIn2020 ? "校企共建" : "") + majorName(major).replaceAll("（.*", "") + "实训室" + (i / 20 + 1),
                    "base", bases[i % bases.length], "majorCodes", List.of(major), "area", BigDecimal.valueOf(roomArea),
                    "workstations", roomStations, "openedOn", newIn2020 ? LocalDate.of(2020, 9, 1) : LocalDate.of(2005 + i % 14, 9, 1)));
        }
    }

    /** 2020 classes: 150 + 140 + 102 = 392 apprentices, 55 mentors teaching 24 courses. */
    private void apprenticeships() {
        int[] sizes = {150, 140, 102};
        int[] mentors = {22, 18, 15};
        int[] courses = {10, 8, 6};
        for (int i = 0; i < APPRENTICESHIP_PARTNERS.length; i++) {
            String major = APPRENTICESHIP_PARTNERS[i][3];
            List<String> apprentices = pick(s -> s.major.equals(major) && s.cohort >= 2019 && s.enrolledOn(END_2020), sizes[i])
                    .stream().map(s -> s.no).sorted().toList();
            emit("apprenticeships", obj("code", "XTZ-2020-0" + (i + 1), "partnerCode", APPRENTICESHIP_PARTNERS[i][0],
                    "majorCode", major, "year", 2020, "studentNos", apprentices, "mentors", mentors[i], "courses", courses[i]));
        }
    }

    /**
     * Placements (顶岗实习) of 2020: 909 third-year students from September, still there at the year's end (so
     * 5200 / (6324 − 909) = 0.96 workstations per student), 730 in their field (80.31 %), 412 hired, all insured.
     * The placements of 2020's graduates (three-year 2017, five-year 2015 cohorts) ran in the autumn of 2019.
     */
    private void internships() {
        List<Student> placed = pick(s -> s.cohort == 2018 && !s.fiveYear && s.enrolledOn(END_2020), 909);
        for (int i = 0; i < placed.size(); i++) {
            emit("internships", obj("studentNo", placed.get(i).no, "partnerCode", partnerCode(i), "kind", "PLACEMENT",
                    "startOn", LocalDate.of(2020, 9, 7), "endOn", LocalDate.of(2021, 6, 20), "relevantToMajor", i < 730,
                    "insured", true, "hiredByHost", i < 412));
        }
        List<Student> earlier = pick(s -> (s.cohort == 2017 && !s.fiveYear || s.cohort == 2015 && s.fiveYear)
                && s.enrolledOn(LocalDate.of(2019, 9, 2)), 750);
        for (int i = 0; i < earlier.size(); i++) {
            emit("internships", obj("studentNo", earlier.get(i).no, "partnerCode", partnerCode(i), "kind", "PLACEMENT",
                    "startOn", LocalDate.of(2019, 9, 2), "endOn", LocalDate.of(2019, 12, 31), "relevantToMajor", i < 590,
                    "insured", true, "hiredByHost", i < 350));
        }
    }

    private static String partnerCode(int i) {
        return i % 43 < 3 ? APPRENTICESHIP_PARTNERS[i % 43][0] : String.format("QY%03d", i % 43 - 2);
    }

    private static final String[] OCCUPATIONS = {"中式面点师", "中式烹调师", "电工", "铣工", "车工", "钳工", "焊工",
            "西式面点师", "电子商务师", "计算机程序设计员", "工业机器人系统操作员"};

    /**
     * Sessions finished in 2020: 27,446 trainees from outside the school (22,456 in 2019: +4,990), 1,846 of the
     * school's own students appraised, 3,438 of 4,000 appraised passing (85.95 %), 11 occupations.
     */
    private void trainingSessions() {
        sessions(2020, 27_446, 2_154, 1_846, 3_438);
        sessions(2019, 22_456, 2_000, 1_700, 3_150);
    }

    private void sessions(int year, int socialTrainees, int socialAppraised, int inSchoolAppraised, int passed) {
        String[] audiences = {"SOCIAL", "ENTERPRISE_STAFF", "UNEMPLOYED", "RURAL", "VETERANS"};
        int count = 60;
        int trainees = 0;
        int appraised = 0;
        int passing = 0;
        int totalAppraised = socialAppraised + inSchoolAppraised;
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            int t = last ? socialTrainees - trainees : socialTrainees / count - 20 + i % 40;
            int a = last ? socialAppraised - appraised : socialAppraised / count;
            int p = (int) ((long) passed * (appraised + a) / totalAppraised) - passing;
            trainees += t;
            appraised += a;
            passing += p;
            LocalDate start = LocalDate.of(year, 1, 6).plusDays(i * 5L);
            String occupation = OCCUPATIONS[i % OCCUPATIONS.length];
            emit("training-sessions", obj("code", String.format("PX-%d-%03d", year, i + 1), "title", occupation + "技能培训",
                    "occupation", occupation, "programme", a > 0 ? "SKILL_APPRAISAL" : "SKILL_TRAINING",
                    "audience", audiences[i % audiences.length], "commissionedBy", "嘉兴市人力资源和社会保障局",
                    "startOn", start, "endOn", start.plusDays(4), "trainees", t, "appraised", a, "passed", p));
        }
        for (int i = 0; i < 4; i++) {
            int a = i == 3 ? inSchoolAppraised - inSchoolAppraised / 4 * 3 : inSchoolAppraised / 4;
            int p = i == 3 ? passed - passing : (int) ((long) passed * (appraised + a) / totalAppraised) - passing;
            appraised += a;
            passing += p;
            LocalDate start = LocalDate.of(year, 5 + i, 10);
            emit("training-sessions", obj("code", String.format("JD-%d-%02d", year, i + 1), "title", "在校生职业技能等级认定",
                    "occupation", OCCUPATIONS[(i * 3) % OCCUPATIONS.length], "programme", "SKILL_APPRAISAL",
                    "audience", "IN_SCHOOL", "startOn", start, "endOn", start.plusDays(2), "trainees", a,
                    "appraised", a, "passed", p));
        }
    }

    /** The five contests of provincial level or above the school hosted in 2020 as the seed names them; five in 2019. */
    private void hostedContests() {
        contest("第46届世界技能大赛浙江省选拔赛", "PROVINCIAL", "HOST", "2020-07-20", List.of("移动机器人", "信息网络布线", "网络系统管理", "烘焙"));
        contest("中华人民共和国第一届职业技能大赛精选项目浙江省选拔赛", "PROVINCIAL", "HOST", "2020-09-15", List.of("信息网络布线", "网络系统管理"));
        contest("2020年浙江省中等职业学校职业能力大赛", "PROVINCIAL", "CO_HOST", "2020-06-10", List.of("电气安装与维修"));
        contest("2020一带一路暨金砖国家技能发展与技术创新大赛第三届工业机器人装调维修技术大赛", "INTERNATIONAL", "HOST", "2020-11-06", List.of("工业机器人装调维修"));
        contest("2020年全国行业职业技能竞赛——全国人工智能应用技术技能大赛浙江省选拔赛", "PROVINCIAL", "HOST", "2020-10-16", List.of("人工智能应用技术"));
        contest("第45届世界技能大赛浙江省选拔赛", "PROVINCIAL", "HOST", "2019-04-12", List.of("移动机器人", "烘焙"));
        contest("嘉兴市第十四届中职学校技能节", "MUNICIPAL", "HOST", "2019-05-20", List.of("电工", "数控车"));
        contest("2019年浙江省中等职业学校职业能力大赛", "PROVINCIAL", "CO_HOST", "2019-06-11", List.of("电子商务"));
        contest("2019年浙江省技工院校技能大赛", "PROVINCIAL", "HOST", "2019-10-18", List.of("工业机器人", "网络布线"));
        contest("2019年全国行业职业技能竞赛浙江省选拔赛", "PROVINCIAL", "HOST", "2019-11-08", List.of("电工"));
    }

    private void contest(String name, String level, String role, String date, List<String> events) {
        emit("hosted-contests", obj("name", name, "level", level, "role", role, "date", date, "events", events));
    }

    // ---------------------------------------------------------------- names, ID numbers, JSON

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严";
    private static final String MALE_CHARS = "伟强磊军洋勇杰涛明超辉刚健斌鹏宇浩凯俊帆晨阳博文昊航然睿泽轩宁鑫峰毅嘉诚皓哲";
    private static final String FEMALE_CHARS = "静敏燕艳丽娟霞芳婷雪琳颖佳欣怡萱悦涵琪瑶雯倩莹婧洁蕾璐菲蓉薇思彤妍晴诗雨";

    private static String personName(String gender) {
        String chars = "MALE".equals(gender) ? MALE_CHARS : FEMALE_CHARS;
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(RANDOM.nextInt(SURNAMES.length())));
        int length = RANDOM.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < length; i++) {
            name.append(chars.charAt(RANDOM.nextInt(chars.length())));
        }
        return name.toString();
    }

    private static final String[] REGIONS = {"330402", "330411", "330421", "330424", "330481", "330482", "330483"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** A resident ID number (GB 11643): region, birth date, sequence whose last digit is odd for men, check digit. */
    private static String idNumber(LocalDate born, String gender) {
        int sequence = RANDOM.nextInt(500) * 2 + ("MALE".equals(gender) ? 1 : 0);
        String body = REGIONS[RANDOM.nextInt(REGIONS.length)] + born.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private void emit(String resource, Map<String, Object> row) {
        files.computeIfAbsent(resource, r -> new ArrayList<>()).add(json(row));
    }

    private static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(json(k.toString())).append(':').append(json(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(json(v)));
            return out.append(']').toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
        return '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        int order = 0;
        for (Map.Entry<String, List<String>> file : files.entrySet()) {
            Path path = dir.resolve(String.format("%02d-%s.ndjson", ++order, file.getKey()));
            try {
                Files.write(path, file.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Files.writeString(dir.resolve("school.json"), json(obj("name", "浙江科技工程学校（嘉兴技师学院）",
                "legalName", "浙江科技工程学校", "foundingAuthority", "嘉兴市人民政府",
                "address", "浙江省嘉兴市经济开发区文博路793号", "provinceCode", "330000", "cityCode", "330400",
                "honours", List.of("全国中等职业教育改革发展示范学校", "国家级高技能人才培训基地", "浙江省名校",
                        "浙江省现代化学校", "浙江省“双高”建设单位"),
                "description", "嘉兴市人民政府举办的中等职业学校，融学制教育、职业培训、社会服务为一体，以培养先进制造业和现代服务业所需的"
                        + "高素质技术技能型人才为特色，是嘉兴市职业教育和培训的主要基地和窗口学校。")) + "\n");
    }
}
