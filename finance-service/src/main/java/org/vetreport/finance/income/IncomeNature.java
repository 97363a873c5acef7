package org.vetreport.finance.income;

import com.fasterxml.jackson.annotation.JsonAlias;

/** Whether an income funds the school's running (基本) or a designated project (项目). */
public enum IncomeNature {
    @JsonAlias({"基本", "基本收入", "基本经费"}) BASIC,
    @JsonAlias({"项目", "项目收入", "项目经费"}) PROJECT
}
