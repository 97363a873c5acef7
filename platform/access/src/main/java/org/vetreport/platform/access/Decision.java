package org.vetreport.platform.access;

/** The answer of the access policy to one request. */
public enum Decision {
    ALLOW,
    /** The caller may see the resource but its roles do not allow this operation: 403. */
    FORBIDDEN,
    /** The resource does not exist for this caller, or its tenant is not the caller's: 404, never revealing which. */
    NOT_FOUND
}
