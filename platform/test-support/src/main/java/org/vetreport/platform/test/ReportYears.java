package org.vetreport.platform.test;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.ReportingYear;
import org.vetreport.platform.events.Topics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a school's report year to {@code report.years.v1} as the report service does (a CloudEvents record keyed
 * {@code <school>:<year>} carrying the whole {@link ReportingYear}), so a domain service's test can lock a year.
 */
public final class ReportYears {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong VERSION = new AtomicLong();

    private ReportYears() {
    }

    /** Publishes the year and returns once the broker acknowledged it. */
    public static void publish(String bootstrapServers, ReportingYear year) {
        ChangeEvent event = new ChangeEvent(UUID.randomUUID().toString(),
                "report-year." + year.status().name().toLowerCase(Locale.ROOT), "/report-service", Instant.now(),
                Topics.REPORT_YEARS, EventKey.parse(year.key()), VERSION.incrementAndGet(), "report-editor",
                JSON.writeValueAsBytes(year));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(KafkaChangeEvents.toRecord(event)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing " + year, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + year, e);
        }
    }
}
