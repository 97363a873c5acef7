package org.vetreport.finance.aidprogramme;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The kind of a student aid programme (资助项目), as the report's 资助情况 section names them. */
public enum AidKind {
    @JsonAlias({"免学费", "免除学费"}) TUITION_WAIVER,
    @JsonAlias("国家助学金") NATIONAL_GRANT,
    @JsonAlias("教育券") EDUCATION_VOUCHER,
    @JsonAlias("国家奖学金") NATIONAL_SCHOLARSHIP,
    /** 校内助学金 and the school's own scholarships. */
    @JsonAlias({"校内助学金", "校内奖学金", "校内资助"}) SCHOOL_GRANT,
    /** 基金会资助金: grants of foundations such as a city's education foundation. */
    @JsonAlias({"基金会资助金", "基金会资助"}) FOUNDATION_GRANT,
    /** 应征入伍学费补偿: tuition refunded to students who enlist. */
    @JsonAlias({"应征入伍学费补偿", "入伍学费补偿"}) ENLISTMENT_COMPENSATION,
    /** 求职创业补贴: a subsidy for graduates seeking work or starting a business. */
    @JsonAlias({"求职创业补贴", "求职补贴"}) JOB_SEEKING_SUBSIDY,
    @JsonAlias("其他") OTHER
}
