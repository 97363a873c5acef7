package org.vetreport.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reading headers and values of consumed records in assertions. */
public final class Records {

    private Records() {
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Asserts the CloudEvents binary-mode headers every platform event carries. */
    public static void assertCloudEvent(ConsumerRecord<String, byte[]> record, String type, String source,
                                        String school, String subject, long entityVersion) {
        assertThat(record.key()).isEqualTo(school + ":" + subject);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo(type);
        assertThat(header(record, "ce_source")).isEqualTo(source);
        assertThat(header(record, "ce_subject")).isEqualTo(subject);
        assertThat(header(record, "ce_school")).isEqualTo(school);
        assertThat(header(record, "ce_entityversion")).isEqualTo(Long.toString(entityVersion));
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_actor")).isNotBlank();
        assertThat(java.time.Instant.parse(header(record, "ce_time"))).isNotNull();
        assertThat(header(record, "content-type")).isEqualTo(record.value() == null ? null : "application/json");
    }

    public static String value(ConsumerRecord<?, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }
}
