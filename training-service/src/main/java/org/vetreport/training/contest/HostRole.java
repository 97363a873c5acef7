package org.vetreport.training.contest;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "角色: HOST 承办 (the school runs the contest), CO_HOST 协办 (it helps another host)")
public enum HostRole {
    @JsonAlias({"承办", "主办", "承办单位"}) HOST,
    @JsonAlias({"协办", "协办单位"}) CO_HOST
}
