package org.vetreport.platform.access;

/** What part of a path names the tenant a resource belongs to. */
public enum Scope {
    /** {@code /api/v1/schools/{school}/<resource>...}: only callers whose {@code schools} claim names the school. */
    SCHOOL,
    /** {@code /api/v1/regions/{region}/<resource>...}: only callers whose {@code regions} claim names the region. */
    REGION,
    /** {@code /api/v1/<resource>...}: shared by every school, e.g. the indicator catalogue. */
    PLATFORM
}
