package org.vetreport.faculty.staff;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The courses a staff member teaches (课程类别); 专业课教师 are those teaching PROFESSIONAL or BOTH. */
public enum CourseCategory {
    /** 文化课: general education. */
    @JsonAlias({"文化课", "文化", "公共基础课"}) CULTURAL,
    /** 专业课: the courses of a major. */
    @JsonAlias({"专业课", "专业"}) PROFESSIONAL,
    @JsonAlias({"文化课和专业课", "两者", "都有"}) BOTH,
    /** 不任课: no courses. */
    @JsonAlias({"无", "不任课"}) NONE;

    /** Whether the staff member teaches courses of a major, the only teachers the 双师型 standard applies to. */
    public boolean professional() {
        return this == PROFESSIONAL || this == BOTH;
    }
}
