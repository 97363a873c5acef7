package org.vetreport.faculty.staff;

import com.fasterxml.jackson.annotation.JsonAlias;

/** How a staff member is employed (编制/用工形式); the report counts 在编, 兼职 and 外聘 teachers apart. */
public enum Employment {
    /** 在编: on the school's establishment. */
    @JsonAlias({"在编", "编制内", "事业编制"}) ESTABLISHED,
    /** 合同制: employed by contract outside the establishment. */
    @JsonAlias({"合同", "合同制", "编外", "编外聘用", "人事代理"}) CONTRACT,
    /** 兼职: part-time, typically from an enterprise (兼职教师). */
    @JsonAlias({"兼职", "兼职教师"}) PART_TIME,
    /** 外聘: engaged from outside the school for a course or a term (外聘教师). */
    @JsonAlias({"外聘", "外聘教师"}) EXTERNAL
}
