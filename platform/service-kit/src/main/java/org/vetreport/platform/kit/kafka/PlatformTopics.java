package org.vetreport.platform.kit.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.vetreport.platform.events.Topic;

/** Declares the platform's topics so that whichever service starts first creates them the same way. */
public final class PlatformTopics {

    private final PlatformKafkaProperties properties;

    public PlatformTopics(PlatformKafkaProperties properties) {
        this.properties = properties;
    }

    /** Entity topics are compacted: the latest record per key is the entity's current state, kept forever. */
    public KafkaAdmin.NewTopics entityTopics(Collection<Topic> topics) {
        return new KafkaAdmin.NewTopics(topics.stream().map(this::compacted).toArray(NewTopic[]::new));
    }

    /** Entity topics plus the dead-letter topics of a consumer of them. */
    public KafkaAdmin.NewTopics consumedTopics(Collection<Topic> topics) {
        List<NewTopic> all = new ArrayList<>();
        for (Topic topic : topics) {
            all.add(compacted(topic));
            all.add(TopicBuilder.name(topic.deadLetterName()).partitions(1)
                    .replicas(properties.replicationFactor()).config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInSync())
                    .build());
        }
        return new KafkaAdmin.NewTopics(all.toArray(NewTopic[]::new));
    }

    private NewTopic compacted(Topic topic) {
        return TopicBuilder.name(topic.name())
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .compact()
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInSync())
                .build();
    }

    private String minInSync() {
        return String.valueOf(Math.min(2, properties.replicationFactor()));
    }
}
