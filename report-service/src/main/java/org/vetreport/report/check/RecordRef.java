package org.vetreport.report.check;

/**
 * One record a finding is about, as the owning service addresses it: the topic it is published on and its
 * natural key there, so an editor can find it in the department's system.
 */
public record RecordRef(String topic, String key) {
}
