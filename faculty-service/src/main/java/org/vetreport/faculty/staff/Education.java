package org.vetreport.faculty.staff;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The highest education completed (最高学历), highest first. */
public enum Education {
    @JsonAlias({"博士研究生", "博士"}) DOCTORATE,
    @JsonAlias({"硕士研究生", "硕士"}) MASTER,
    @JsonAlias({"本科", "大学本科"}) BACHELOR,
    /** 专科 (大专). */
    @JsonAlias({"专科", "大专", "大学专科"}) ASSOCIATE,
    /** 中专, 高中 and below. */
    @JsonAlias({"其他", "中专", "高中", "高中及以下"}) OTHER
}
