package org.vetreport.finance.asset;

import com.fasterxml.jackson.annotation.JsonAlias;

/** What equipment serves (使用方向), as the report counts teaching and training equipment value. */
public enum EquipmentPurpose {
    @JsonAlias("教学") TEACHING,
    @JsonAlias({"实训", "实验实训", "实习实训"}) TRAINING,
    @JsonAlias({"办公", "行政", "行政办公"}) OFFICE,
    @JsonAlias("其他") OTHER
}
