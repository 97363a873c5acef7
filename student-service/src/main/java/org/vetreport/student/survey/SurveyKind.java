package org.vetreport.student.survey;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

/** The satisfaction surveys (满意度调查) the report quotes; a new one is a new constant here and nothing else. */
@Schema(description = "满意度调查: CLUB_ACTIVITIES 校园文化与社团活动, CAMPUS_SAFETY 校园安全, TEACHING 教师教学, "
        + "GRADUATES_ON_SCHOOL 毕业生对学校, CAREER_PROSPECTS 学生发展前景, EMPLOYERS 用人单位, "
        + "EMPLOYMENT_SERVICE 毕业生对就业工作, PARENTS 家长")
public enum SurveyKind {
    @JsonAlias({"校园文化与社团活动", "社团活动"}) CLUB_ACTIVITIES,
    @JsonAlias("校园安全") CAMPUS_SAFETY,
    @JsonAlias({"教师教学", "课堂教学"}) TEACHING,
    @JsonAlias({"毕业生对学校", "毕业生满意度"}) GRADUATES_ON_SCHOOL,
    @JsonAlias({"学生发展前景", "发展前景"}) CAREER_PROSPECTS,
    @JsonAlias({"用人单位", "用人单位满意度"}) EMPLOYERS,
    @JsonAlias({"就业工作", "就业服务"}) EMPLOYMENT_SERVICE,
    @JsonAlias({"家长", "家长满意度"}) PARENTS
}
