package org.vetreport.student.assessment;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "文化课科目: CHINESE 语文, MATH 数学, ENGLISH 英语, POLITICS 思想政治, HISTORY 历史, PE 体育与健康, "
        + "OTHER 其他")
public enum Subject {
    @JsonAlias("语文") CHINESE,
    @JsonAlias("数学") MATH,
    @JsonAlias("英语") ENGLISH,
    @JsonAlias({"政治", "思想政治"}) POLITICS,
    @JsonAlias("历史") HISTORY,
    @JsonAlias({"体育", "体育与健康"}) PE,
    @JsonAlias("其他") OTHER
}
