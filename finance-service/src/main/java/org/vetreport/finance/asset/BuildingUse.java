package org.vetreport.finance.asset;

import com.fasterxml.jackson.annotation.JsonAlias;

/** What a building is used for (用途), as the report counts teaching, administrative and library floor area. */
public enum BuildingUse {
    @JsonAlias({"教学", "教学用房", "教室"}) TEACHING,
    @JsonAlias({"教学辅助", "教辅", "教学辅助用房", "教辅用房"}) TEACHING_SUPPORT,
    @JsonAlias({"实训", "实验实训", "实训用房", "实训楼"}) TRAINING,
    @JsonAlias({"行政", "行政办公", "行政办公用房"}) ADMINISTRATION,
    @JsonAlias({"图书馆", "图书馆用房"}) LIBRARY,
    @JsonAlias({"宿舍", "学生宿舍"}) DORMITORY,
    @JsonAlias({"食堂", "餐厅"}) CANTEEN,
    @JsonAlias({"体育", "体育馆", "风雨操场"}) SPORTS,
    @JsonAlias("其他") OTHER
}
