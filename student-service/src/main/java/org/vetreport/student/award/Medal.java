package org.vetreport.student.award;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The prize won. Contests that award 一等奖/二等奖/三等奖 count them as gold, silver and bronze, as the report does. */
public enum Medal {
    @JsonAlias({"金", "金牌", "金奖", "一等奖"}) GOLD,
    @JsonAlias({"银", "银牌", "银奖", "二等奖"}) SILVER,
    @JsonAlias({"铜", "铜牌", "铜奖", "三等奖"}) BRONZE,
    @JsonAlias({"优胜", "优胜奖", "优秀奖"}) EXCELLENCE
}
