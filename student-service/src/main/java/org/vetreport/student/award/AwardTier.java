package org.vetreport.student.award;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The level of a competition (赛项级别), highest first, as the quality report counts awards. */
public enum AwardTier {
    @JsonAlias({"国际级", "国际"}) INTERNATIONAL,
    @JsonAlias({"国家级", "国赛"}) NATIONAL,
    /** 国家级行业赛: national contests run by an industry body or a ministry other than education. */
    @JsonAlias({"国家级行业", "国家级行业赛", "行业级"}) NATIONAL_INDUSTRY,
    /** 省级一类: the provincial contests a province ranks first class. */
    @JsonAlias({"省级一类", "省一类"}) PROVINCIAL_FIRST_CLASS,
    @JsonAlias({"省级", "省赛"}) PROVINCIAL,
    @JsonAlias({"市级", "市赛"}) MUNICIPAL,
    @JsonAlias({"校级", "校赛"}) SCHOOL
}
