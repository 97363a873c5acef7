package org.vetreport.training.internship;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "实习类型: PLACEMENT 顶岗实习 (岗位实习), COGNITION 认识实习, FOLLOW_UP 跟岗实习")
public enum InternshipKind {
    /** 顶岗实习, called 岗位实习 since the 2021 regulations: the student works a post on their own. */
    @JsonAlias({"顶岗实习", "岗位实习", "顶岗"}) PLACEMENT,
    @JsonAlias({"认识实习", "认知实习"}) COGNITION,
    /** 跟岗实习: the student works a post beside an employee. */
    @JsonAlias({"跟岗实习", "跟岗"}) FOLLOW_UP
}
