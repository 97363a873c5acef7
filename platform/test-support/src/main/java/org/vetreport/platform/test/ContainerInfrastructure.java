package org.vetreport.platform.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real {@code mongo} and {@code apache/kafka} servers in Docker through Testcontainers, started once per JVM.
 * Runs the same tests against the real servers, which proves the platform stays within the MongoDB subset that
 * the embedded server shares with them.
 */
final class ContainerInfrastructure implements Infrastructure {

    private static ContainerInfrastructure shared;

    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
    private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    private ContainerInfrastructure() {
        kafka.start();
        mongo.start();
    }

    static synchronized ContainerInfrastructure shared() {
        if (shared == null) {
            shared = new ContainerInfrastructure();
        }
        return shared;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoConnectionString() {
        return mongo.getConnectionString();
    }

    @Override
    public void stopKafka() {
        kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void startKafka() {
        kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
    }
}
