package org.vetreport.training.contest;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "级别: INTERNATIONAL 国际级, NATIONAL 国家级, PROVINCIAL 省级, MUNICIPAL 市级")
public enum ContestLevel {
    @JsonAlias({"国际级", "国际"}) INTERNATIONAL,
    @JsonAlias({"国家级", "全国", "国赛"}) NATIONAL,
    @JsonAlias({"省级", "省赛"}) PROVINCIAL,
    @JsonAlias({"市级", "市赛"}) MUNICIPAL
}
