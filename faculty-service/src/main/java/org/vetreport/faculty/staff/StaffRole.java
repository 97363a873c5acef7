package org.vetreport.faculty.staff;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The post a staff member holds (岗位). */
public enum StaffRole {
    /** 专任教师: whose post is teaching; the report's teacher ratios are of them. */
    @JsonAlias({"专任教师", "专任"}) FULL_TIME_TEACHER,
    /** 行政/管理人员. */
    @JsonAlias({"行政", "行政人员", "管理", "管理人员"}) ADMINISTRATIVE,
    /** 教辅/工勤: teaching support and service staff. */
    @JsonAlias({"教辅", "教辅人员", "工勤", "工勤人员"}) SUPPORT,
    /** 实习指导教师: instructors of workshop practice in technician colleges. */
    @JsonAlias({"实习指导教师", "实训指导教师", "实习指导"}) WORKSHOP_INSTRUCTOR
}
