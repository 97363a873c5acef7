package org.vetreport.training.partner;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "合作类型: APPRENTICESHIP 现代学徒制, INTERNSHIP_BASE 校外实习基地, CO_BUILT_LAB 校企共建实训室, "
        + "INDUSTRY_COLLEGE 产业学院, GROUP_MEMBER 职教集团成员, TRAINING_CLIENT 培训委托单位")
public enum PartnerKind {
    @JsonAlias({"现代学徒制", "学徒制", "学徒制合作"}) APPRENTICESHIP,
    @JsonAlias({"实习基地", "校外实习基地", "实训基地", "校外实训基地"}) INTERNSHIP_BASE,
    @JsonAlias({"共建实训室", "校企共建实训室", "共建实验室"}) CO_BUILT_LAB,
    @JsonAlias({"产业学院", "企业学院"}) INDUSTRY_COLLEGE,
    /** A member of a vocational education group (职教集团) the school belongs to, such as 欣禾职教集团. */
    @JsonAlias({"职教集团", "集团成员", "职教集团成员"}) GROUP_MEMBER,
    /** A body that commissions social training (委托培训) from the school. */
    @JsonAlias({"培训委托", "委托培训", "培训委托单位"}) TRAINING_CLIENT
}
