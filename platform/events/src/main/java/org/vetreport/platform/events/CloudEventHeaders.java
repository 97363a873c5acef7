package org.vetreport.platform.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode, plus the platform's
 * two extension attributes. Values are UTF-8 strings.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Extension: the tenant the entity belongs to. */
    public static final String SCHOOL = "ce_school";
    /** Extension: the entity's version after the change; consumers apply a change only if it is newer. */
    public static final String ENTITY_VERSION = "ce_entityversion";
    /** Extension: who made the change (the subject of the caller's token, never a name), for the audit log. */
    public static final String ACTOR = "ce_actor";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
