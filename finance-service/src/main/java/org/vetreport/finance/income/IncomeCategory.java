package org.vetreport.finance.income;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The source of an income (收入类别), as the report's 办学经费 section breaks the total down. */
public enum IncomeCategory {
    /** 财政补助收入: subsidies from the government that runs the school. */
    @JsonAlias({"财政补助", "财政补助收入", "财政拨款"}) FISCAL_SUBSIDY,
    /** 事业收入: tuition, accommodation and other fees of the school's own work. */
    @JsonAlias({"事业收入", "事业"}) BUSINESS,
    @JsonAlias({"其他收入", "其他"}) OTHER
}
