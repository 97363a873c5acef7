package org.vetreport.report.replica;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;
import org.vetreport.platform.test.PlatformIntegrationTest;

/**
 * The report service with a consumer group of its own, so that its consumer reads every partition whichever other
 * test contexts run beside it, and with short intervals for the lag gauges and the retirement of a generation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@TestPropertySource(properties = {
        "spring.kafka.consumer.group-id=report-service-replica-operations-test",
        "report.replica.lag-refresh=300ms",
        "report.replica.retire-after=1s"})
@interface ReplicaOperationsTest {
}
