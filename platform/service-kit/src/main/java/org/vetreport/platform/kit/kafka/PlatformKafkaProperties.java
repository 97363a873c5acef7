package org.vetreport.platform.kit.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform's topics are created ({@code platform.kafka.*}); existing topics are left as they are.
 *
 * @param partitions        partitions per topic; one entity's changes always stay on one partition
 * @param replicationFactor copies of each partition: 1 on a single development broker, 3 in production
 */
@ConfigurationProperties("platform.kafka")
public record PlatformKafkaProperties(Integer partitions, Short replicationFactor) {

    public PlatformKafkaProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    }
}
