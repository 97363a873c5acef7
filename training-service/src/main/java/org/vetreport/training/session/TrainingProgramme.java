package org.vetreport.training.session;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "培训类型: SKILL_TRAINING 职业技能培训, SKILL_APPRAISAL 技能鉴定, ENTREPRENEURSHIP_SYB SYB创业培训, "
        + "ECOMMERCE 电商培训, FOOD_SAFETY 食品安全培训, PUBLIC_WELFARE 社会公益培训, TEACHER_TRAINING 师资培训, OTHER 其他")
public enum TrainingProgramme {
    @JsonAlias({"技能培训", "职业技能培训", "岗位技能提升培训"}) SKILL_TRAINING,
    /** 职业技能鉴定, since 2020 also 职业技能等级认定. */
    @JsonAlias({"技能鉴定", "职业技能鉴定", "技能等级认定", "职业技能等级认定"}) SKILL_APPRAISAL,
    @JsonAlias({"创业培训", "SYB创业培训", "SYB"}) ENTREPRENEURSHIP_SYB,
    @JsonAlias({"电商培训", "电子商务培训", "农村电商培训", "电商应用培训"}) ECOMMERCE,
    /** Training of 食品安全管理员 and of market inspectors. */
    @JsonAlias({"食品安全培训", "食品安全管理员培训"}) FOOD_SAFETY,
    @JsonAlias({"公益培训", "社会公益培训"}) PUBLIC_WELFARE,
    /** Training the school gives other schools' teachers (师资培训), not its own staff's training. */
    @JsonAlias({"师资培训", "教师培训"}) TEACHER_TRAINING,
    @JsonAlias("其他") OTHER
}
