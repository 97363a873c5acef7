package org.vetreport.faculty.shared;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Who runs a training, grants an honour or ranks a research output (级别), highest first. The quality report
 * counts each at its level, e.g. "市级各类业务培训400人次".
 */
public enum Level {
    @JsonAlias({"国家级", "国家", "国培"}) NATIONAL,
    @JsonAlias({"省级", "省", "省培"}) PROVINCIAL,
    @JsonAlias({"市级", "市"}) MUNICIPAL,
    /** 区级 or 县级: a district or county of a city. */
    @JsonAlias({"区级", "县级", "区县级"}) DISTRICT,
    /** 校级: the school itself, including school-based training (校本研修). */
    @JsonAlias({"校级", "校本", "学校"}) SCHOOL,
    /** 企业: an enterprise, e.g. a teacher's practice placement (企业实践). */
    @JsonAlias({"企业", "企业级", "企业实践"}) ENTERPRISE
}
