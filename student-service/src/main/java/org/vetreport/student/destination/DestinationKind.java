package org.vetreport.student.destination;

import com.fasterxml.jackson.annotation.JsonAlias;

/** Where a graduate went (毕业去向). */
public enum DestinationKind {
    /** 就业: employed by an enterprise or institution. */
    @JsonAlias({"就业", "受雇就业", "签约就业"}) EMPLOYED,
    @JsonAlias({"自主创业", "创业"}) SELF_EMPLOYED,
    /** 升学: went on to higher vocational or undergraduate study. */
    @JsonAlias({"升学", "继续深造"}) FURTHER_EDUCATION,
    @JsonAlias({"参军", "入伍", "应征入伍"}) ENLISTED,
    @JsonAlias({"待业", "未就业"}) UNEMPLOYED,
    @JsonAlias("其他") OTHER;

    /** Whether the graduate works, the only case in which the job's relevance, place and salary mean anything. */
    public boolean working() {
        return this == EMPLOYED || this == SELF_EMPLOYED;
    }
}
