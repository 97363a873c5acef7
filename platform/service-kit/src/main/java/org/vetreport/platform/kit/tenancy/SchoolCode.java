package org.vetreport.platform.kit.tenancy;

import java.util.regex.Pattern;

/** The tenant code in every path ({@code /api/v1/schools/{school}/...}), e.g. {@code jxtc}. */
public final class SchoolCode {

    public static final String PATTERN = "[a-z][a-z0-9-]{1,31}";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private SchoolCode() {
    }

    public static boolean isValid(String code) {
        return code != null && COMPILED.matcher(code).matches();
    }
}
