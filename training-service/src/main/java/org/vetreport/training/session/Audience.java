package org.vetreport.training.session;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "培训对象: SOCIAL 社会人员, ENTERPRISE_STAFF 企业职工, UNEMPLOYED 下岗失业人员, RURAL 农村劳动力, "
        + "VETERANS 退役军人, DISABLED 残疾人, CORRECTIONAL 戒毒/服刑人员, IN_SCHOOL 在校生")
public enum Audience {
    @JsonAlias({"社会人员", "社会学员"}) SOCIAL,
    @JsonAlias({"企业职工", "企业员工", "在职职工"}) ENTERPRISE_STAFF,
    @JsonAlias({"下岗失业人员", "失业人员", "下岗人员"}) UNEMPLOYED,
    @JsonAlias({"农村劳动力", "农民", "新型职业农民"}) RURAL,
    @JsonAlias("退役军人") VETERANS,
    @JsonAlias("残疾人") DISABLED,
    /** People in compulsory drug rehabilitation (强制隔离戒毒) or in prison. */
    @JsonAlias({"戒毒人员", "强制隔离戒毒人员", "服刑人员"}) CORRECTIONAL,
    /** The school's own students, e.g. appraised for a skill certificate (校内培训鉴定). */
    @JsonAlias({"在校生", "在校学生", "校内学生"}) IN_SCHOOL
}
