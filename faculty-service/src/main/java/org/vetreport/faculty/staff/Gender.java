package org.vetreport.faculty.staff;

import com.fasterxml.jackson.annotation.JsonAlias;

public enum Gender {
    @JsonAlias("男") MALE,
    @JsonAlias("女") FEMALE
}
