package org.vetreport.faculty.staff;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The professional title (职称), highest first; the report's 高级职称 are SENIOR_FULL and SENIOR. A bare 高级 is
 * not an alias: offices use it for both of them.
 */
public enum Title {
    /** 正高级: 正高级讲师 and the like. */
    @JsonAlias({"正高", "正高级", "正高级讲师", "正高级教师"}) SENIOR_FULL,
    /** 副高级: 高级讲师, 高级教师, 高级实习指导教师 and the like. */
    @JsonAlias({"副高", "副高级", "高级讲师", "高级教师", "高级实习指导教师"}) SENIOR,
    /** 中级: 讲师, 一级教师 and the like. */
    @JsonAlias({"中级", "讲师", "一级教师", "一级实习指导教师"}) INTERMEDIATE,
    /** 初级: 助理讲师, 二级教师 and the like. */
    @JsonAlias({"初级", "助理讲师", "二级教师", "二级实习指导教师"}) JUNIOR,
    @JsonAlias({"无", "未评", "无职称"}) NONE;

    /** Whether the title counts as 高级职称. */
    public boolean senior() {
        return this == SENIOR_FULL || this == SENIOR;
    }
}
