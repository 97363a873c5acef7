package org.vetreport.platform.test;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service under test at the selected {@link Infrastructure}, with a database of its own per
 * application context so that tests of different contexts never see each other's documents.
 */
public final class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        Infrastructure infrastructure = Infrastructure.select(environment.getProperty(Infrastructure.SWITCH));
        environment.getPropertySources().addFirst(new MapPropertySource("platform-test-infrastructure", Map.of(
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri", infrastructure.mongoConnectionString(),
                "spring.mongodb.database", "test-" + UUID.randomUUID())));
        context.getBeanFactory().registerSingleton("platformTestInfrastructure", infrastructure);
    }
}
