package org.vetreport.report.replica;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Asks the broker where the replicated topics' partitions begin and end and what a consumer group committed, with
 * an admin client of the service's {@link KafkaAdmin} configuration: reading offsets this way joins no consumer group
 * and leaves none behind.
 */
@Component
class ReplicaOffsets implements DisposableBean {

    private final Admin admin;

    ReplicaOffsets(KafkaAdmin kafkaAdmin) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
    }

    /** Every partition of the replicated topics, in topic and partition order. */
    List<TopicPartition> partitions() {
        Map<String, TopicDescription> topics = await(admin.describeTopics(List.of(ReplicaTopics.names())).allTopicNames());
        List<TopicPartition> partitions = new ArrayList<>();
        topics.values().forEach(topic -> topic.partitions()
                .forEach(partition -> partitions.add(new TopicPartition(topic.name(), partition.partition()))));
        partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition));
        return partitions;
    }

    /** The offset the next record written to each partition will get. */
    Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) {
        return offsets(partitions, OffsetSpec.latest());
    }

    /** Every replicated partition's offsets, with what {@code group} committed. */
    List<PartitionOffsets> snapshot(String group) {
        List<TopicPartition> partitions = partitions();
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> committed =
                await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        return partitions.stream().map(partition -> new PartitionOffsets(partition.topic(), partition.partition(),
                start.get(partition), end.get(partition),
                committed.get(partition) == null ? null : committed.get(partition).offset())).toList();
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        await(admin.listOffsets(request).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new BrokerUnavailableException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException(e);
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
