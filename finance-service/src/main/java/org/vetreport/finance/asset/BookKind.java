package org.vetreport.finance.asset;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The kind of library holdings (文献类型): the report counts printed books and journals apart. */
public enum BookKind {
    @JsonAlias({"纸质图书", "图书"}) PRINT_BOOK,
    @JsonAlias({"期刊", "报刊"}) JOURNAL,
    @JsonAlias({"电子图书", "电子书"}) EBOOK
}
