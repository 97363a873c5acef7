package org.vetreport.faculty.staff;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The highest degree held (最高学位), which may differ from the education: a master's degree on a bachelor's study. */
public enum Degree {
    @JsonAlias({"博士", "博士学位"}) DOCTOR,
    @JsonAlias({"硕士", "硕士学位"}) MASTER,
    @JsonAlias({"学士", "学士学位"}) BACHELOR,
    @JsonAlias({"无", "无学位"}) NONE
}
