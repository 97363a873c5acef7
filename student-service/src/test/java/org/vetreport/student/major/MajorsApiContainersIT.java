package org.vetreport.student.major;

import org.springframework.test.context.TestPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same tests against real MongoDB and Kafka servers in Docker; skipped where Docker does not run. */
@Testcontainers(disabledWithoutDocker = true)
@TestPropertySource(properties = "platform.test.infrastructure=containers")
class MajorsApiContainersIT extends MajorsApiIT {
}
