package org.vetreport.report.template;

import java.util.List;

/** What the report says about the school itself, from its profile. */
public record SchoolInfo(String code, String name, String foundingAuthority, String address, List<String> honours,
                         String description) {

    public SchoolInfo {
        honours = honours == null ? List.of() : List.copyOf(honours);
    }
}
