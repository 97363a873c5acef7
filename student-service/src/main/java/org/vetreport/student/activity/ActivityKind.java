package org.vetreport.student.activity;

import com.fasterxml.jackson.annotation.JsonAlias;

/** What a student activity is: a club, active over a period, or an event held on one day. */
public enum ActivityKind {
    /** 学生社团. */
    @JsonAlias({"社团", "学生社团"}) CLUB,
    @JsonAlias("社团活动") CLUB_EVENT,
    @JsonAlias({"志愿服务", "志愿活动", "志愿者活动"}) VOLUNTEER_EVENT,
    @JsonAlias({"文化活动", "校园文化活动"}) CULTURE_EVENT,
    @JsonAlias({"体育活动", "体育赛事", "运动会"}) SPORTS_EVENT;

    public boolean isEvent() {
        return this != CLUB;
    }
}
