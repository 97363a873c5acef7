package org.vetreport.platform.test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service under test at the selected {@link Infrastructure}, with a database of its own per
 * application context so that tests of different contexts never see each other's documents, and makes it trust
 * the tokens of {@link TestTokens}.
 */
public final class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        Infrastructure infrastructure = Infrastructure.select(environment.getProperty(Infrastructure.SWITCH));
        Map<String, Object> properties = new HashMap<>(TestTokens.shared().resourceServerProperties());
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", infrastructure.mongoConnectionString());
        properties.put("spring.mongodb.database", "test-" + UUID.randomUUID());
        environment.getPropertySources().addFirst(new MapPropertySource("platform-test-infrastructure", properties));
        context.getBeanFactory().registerSingleton("platformTestInfrastructure", infrastructure);
    }
}
