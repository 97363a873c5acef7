package org.vetreport.student.student;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The programme (学制/培养模式) a student is enrolled in. */
public enum Programme {
    @JsonAlias("三年制") THREE_YEAR,
    /** 五年一贯制. */
    @JsonAlias("五年一贯制") FIVE_YEAR_JOINT,
    /** 中本一体化. */
    @JsonAlias("中本一体化") SECONDARY_UNDERGRADUATE,
    /** 中德班. */
    @JsonAlias("中德班") SINO_GERMAN,
    /** 现代学徒制. */
    @JsonAlias({"现代学徒制", "学徒制"}) APPRENTICESHIP,
    @JsonAlias("其他") OTHER
}
