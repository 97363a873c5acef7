package org.vetreport.faculty.research;

import com.fasterxml.jackson.annotation.JsonAlias;

/** What kind of output of research and teaching practice (科研成果) a record is; the report counts each kind apart. */
public enum OutputType {
    /** 论文: published or awarded. */
    @JsonAlias({"论文", "论文发表", "论文获奖"}) PAPER,
    /** 课题: a research project granted (立项). */
    @JsonAlias({"课题", "课题立项", "项目"}) PROJECT,
    /** 科研成果奖. */
    @JsonAlias({"科研成果奖", "成果奖"}) RESEARCH_AWARD,
    /** 教学业务比赛获奖: awards of teaching contests (教学能力比赛 and the like). */
    @JsonAlias({"教学业务比赛获奖", "教学比赛获奖", "教学能力比赛"}) TEACHING_CONTEST_AWARD,
    @JsonAlias("专利") PATENT,
    @JsonAlias({"教材", "教材编写"}) TEXTBOOK,
    /** 标准: a vocational, curriculum or industry standard drafted. */
    @JsonAlias({"标准", "标准制定"}) STANDARD
}
