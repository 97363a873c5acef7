package org.vetreport.report.replica;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.kafka.PlatformTopics;

/** The report service replicates every platform topic and declares them with their dead-letter topics. */
@Configuration(proxyBeanMethods = false)
public class ReplicaTopics {

    public static String[] names() {
        return Topics.domain().stream().map(Topic::name).toArray(String[]::new);
    }

    @Bean
    KafkaAdmin.NewTopics consumedTopics(PlatformTopics topics) {
        return topics.consumedTopics(Topics.domain());
    }
}
