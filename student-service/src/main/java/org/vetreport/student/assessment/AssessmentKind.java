package org.vetreport.student.assessment;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "考核类型: CULTURAL 文化课 (with a subject), SKILL 专业技能测试, FITNESS 体质测试")
public enum AssessmentKind {
    @JsonAlias({"文化课", "文化课考试"}) CULTURAL,
    @JsonAlias({"专业技能", "专业技能测试", "技能测试"}) SKILL,
    @JsonAlias({"体质测试", "体质健康测试", "体测"}) FITNESS
}
