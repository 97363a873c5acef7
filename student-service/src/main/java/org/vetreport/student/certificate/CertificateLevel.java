package org.vetreport.student.certificate;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

/** The national five levels of vocational skill, 五级 the lowest. */
@Schema(description = "等级: LEVEL_5 初级 (五级), LEVEL_4 中级 (四级), LEVEL_3 高级 (三级), LEVEL_2 技师 (二级), "
        + "LEVEL_1 高级技师 (一级)")
public enum CertificateLevel {
    @JsonAlias({"初级", "初级工", "五级"}) LEVEL_5,
    @JsonAlias({"中级", "中级工", "四级"}) LEVEL_4,
    @JsonAlias({"高级", "高级工", "三级"}) LEVEL_3,
    @JsonAlias({"技师", "二级"}) LEVEL_2,
    @JsonAlias({"高级技师", "一级"}) LEVEL_1
}
