package org.vetreport.student.certificate;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "证书类型: VOCATIONAL_QUALIFICATION 职业资格证书, SKILL_LEVEL 职业技能等级证书, "
        + "ONE_PLUS_X 1+X 职业技能等级证书, OTHER 其他")
public enum CertificateKind {
    @JsonAlias({"职业资格证书", "职业资格"}) VOCATIONAL_QUALIFICATION,
    @JsonAlias({"职业技能等级证书", "技能等级证书", "职业技能等级"}) SKILL_LEVEL,
    @JsonAlias({"1+X", "1+X证书", "1+X职业技能等级证书"}) ONE_PLUS_X,
    @JsonAlias("其他") OTHER
}
