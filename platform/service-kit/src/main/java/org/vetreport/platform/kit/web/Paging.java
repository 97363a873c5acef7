package org.vetreport.platform.kit.web;

import org.vetreport.platform.kit.error.FieldErrors;

/** The platform's paging rules for every list: pages count from 0, at most 1000 items per page. */
public final class Paging {

    public static final int MAX_SIZE = 1000;
    private static final long MAX_OFFSET = 100_000_000;
    public static final String DEFAULT_SIZE = "100";

    private Paging() {
    }

    public static void check(int page, int size) {
        new FieldErrors()
                .check(page >= 0, "page", "must be 0 or more, the first page being 0")
                .check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .check((long) page * size <= MAX_OFFSET, "page", "lies beyond the last item any list can have")
                .throwIfAny();
    }
}
