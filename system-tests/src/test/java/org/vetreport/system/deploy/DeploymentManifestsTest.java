package org.vetreport.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files read as data, without Docker or a cluster: {@code deploy/compose}, the Kubernetes base of
 * {@code deploy/k8s} (followed through its kustomizations the way kustomize does) and {@code deploy/observability}.
 * Whether the overlays build is {@code kubectl kustomize}'s to say ({@code .ci/run}); whether the images run is
 * left to a machine with Docker (see deploy/README.md).
 */
class DeploymentManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final Path K8S_BASE = DEPLOY.resolve("k8s/base");

    /** The services with a database and Kafka; each is a module of the same name and an image. */
    private static final List<String> SERVICES = List.of("student-service", "faculty-service", "finance-service",
            "training-service", "report-service");
    private static final String GATEWAY = "gateway";
    /** Runs as one instance: its replica rebuild coordinates only its own live consumer. */
    private static final String SINGLETON = "report-service";

    private static final String READINESS = "/actuator/health/readiness";
    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String ISSUER = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";
    private static final String JWK_SET = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI";
    private static final String AUDIENCES = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES";
    private static final String MONGO_URI = "SPRING_MONGODB_URI";
    private static final String KAFKA = "SPRING_KAFKA_BOOTSTRAP_SERVERS";
    private static final String PARTITIONS = "PLATFORM_KAFKA_PARTITIONS";
    private static final String REPLICATION = "PLATFORM_KAFKA_REPLICATION_FACTOR";

    private static Map<String, Object> composeServices;
    private static List<Map<String, Object>> kubernetes;

    @BeforeAll
    static void load() {
        composeServices = map(single(DEPLOY.resolve("compose/compose.yaml")).get("services"));
        kubernetes = kustomized(K8S_BASE);
    }

    @Test
    void everyDeploymentFileParsesAndEveryKubernetesDocumentNamesItsKind() {
        List<Path> files;
        try (Stream<Path> walk = Stream.of("compose", "k8s", "observability").map(DEPLOY::resolve)
                .flatMap(DeploymentManifestsTest::walk)) {
            files = walk.filter(file -> file.toString().matches(".*\\.(ya?ml|json)$")).toList();
        }
        assertThat(files).hasSizeGreaterThan(15);
        for (Path file : files) {
            List<Object> documents = documents(file);
            assertThat(documents).as(file.toString()).isNotEmpty();
            boolean manifest = file.startsWith(DEPLOY.resolve("k8s"))
                    && !file.getFileName().toString().equals("kustomization.yaml");
            for (Object document : documents) {
                if (manifest) {
                    Map<String, Object> resource = map(document);
                    assertThat(resource).as(file.toString()).containsKeys("apiVersion", "kind");
                    assertThat(map(resource.get("metadata")).get("name")).as(file.toString()).isNotNull();
                }
            }
        }
    }

    @Test
    void kustomizationsNameOnlyFilesThatExistAndTheBaseEveryFileOfItsOwn() {
        List<Path> kustomizations;
        try (Stream<Path> walk = Stream.of(DEPLOY.resolve("k8s"), DEPLOY.resolve("observability"))
                .flatMap(DeploymentManifestsTest::walk)) {
            kustomizations = walk.filter(file -> file.getFileName().toString().equals("kustomization.yaml")).toList();
        }
        assertThat(kustomizations).hasSize(4);
        for (Path kustomization : kustomizations) {
            Map<String, Object> content = single(kustomization);
            for (String reference : references(content)) {
                assertThat(kustomization.resolveSibling(reference)).as(kustomization + " names " + reference).exists();
            }
        }
        Set<Path> listed = references(single(K8S_BASE.resolve("kustomization.yaml"))).stream()
                .map(reference -> K8S_BASE.resolve(reference).normalize()).collect(Collectors.toSet());
        try (Stream<Path> own = walk(K8S_BASE)) {
            assertThat(own.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml")))
                    .as("files of the base that it does not include").allMatch(listed::contains);
        }
    }

    @Test
    void everyComposeServiceHasAHealthCheckAndResourceLimits() {
        assertThat(composeServices).containsKeys(SERVICES.toArray(String[]::new)).containsKeys(GATEWAY, "mongo",
                "kafka", "redis", "keycloak");
        composeServices.forEach((name, definition) -> {
            Map<String, Object> service = map(definition);
            assertThat(list(map(service.get("healthcheck")).get("test"))).as(name + " health check").isNotEmpty();
            Map<String, Object> limits = map(map(map(service.get("deploy")).get("resources")).get("limits"));
            assertThat(limits).as(name + " resource limits").containsKeys("cpus", "memory");
        });
    }

    @Test
    void composeStartsEachServiceOnlyOnceWhatItNeedsIsHealthyAndChecksItsReadiness() {
        for (String name : SERVICES) {
            assertThat(healthyDependencies(name)).as(name).contains("mongo", "kafka", "keycloak");
        }
        assertThat(healthyDependencies(GATEWAY)).containsAll(SERVICES).contains("redis", "keycloak");
        for (String name : deployables()) {
            String check = list(map(map(composeServices.get(name)).get("healthcheck")).get("test")).stream()
                    .map(String::valueOf).collect(Collectors.joining(" "));
            assertThat(check).as(name).contains("http://127.0.0.1:" + serverPort(name) + READINESS);
        }
    }

    @Test
    void everyKubernetesDeploymentHasProbesAndResourceLimitsAndTheServicesProbeTheActuatorGroups() {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        assertThat(deployments.stream().map(DeploymentManifestsTest::name)).containsAll(deployables());
        for (Map<String, Object> deployment : deployments) {
            String name = name(deployment);
            for (Object element : containers(deployment)) {
                Map<String, Object> container = map(element);
                assertThat(container).as(name + " probes").containsKeys("readinessProbe", "livenessProbe");
                Map<String, Object> resources = map(container.get("resources"));
                assertThat(map(resources.get("limits"))).as(name + " limits").containsKeys("cpu", "memory");
                assertThat(map(resources.get("requests"))).as(name + " requests").containsKeys("cpu", "memory");
            }
        }
        for (String name : deployables()) {
            Map<String, Object> container = map(containers(named("Deployment", name)).get(0));
            assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path")).as(name)
                    .isEqualTo(READINESS);
            assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path")).as(name)
                    .isEqualTo(LIVENESS);
            assertThat(map(list(container.get("ports")).get(0)).get("containerPort")).as(name)
                    .isEqualTo(serverPort(name));
            assertThat(map(list(map(named("Service", name).get("spec")).get("ports")).get(0)).get("port")).as(name)
                    .isEqualTo(serverPort(name));
            assertThat(map(podSpec(named("Deployment", name)).get("securityContext")).get("runAsNonRoot")).as(name)
                    .isEqualTo(true);
        }
    }

    @Test
    void everyScalableServiceHasAnAutoscalerAndADisruptionBudgetWhileTheReportServiceRunsAlone() {
        for (String name : deployables()) {
            Map<String, Object> deployment = named("Deployment", name);
            boolean autoscaled = ofKind("HorizontalPodAutoscaler").stream()
                    .anyMatch(hpa -> name.equals(map(map(hpa.get("spec")).get("scaleTargetRef")).get("name")));
            if (name.equals(SINGLETON)) {
                assertThat(map(deployment.get("spec")).get("replicas")).isEqualTo(1);
                assertThat(autoscaled).as("an autoscaler of " + name).isFalse();
                continue;
            }
            assertThat(autoscaled).as("an autoscaler of " + name).isTrue();
            Map<String, Object> podLabels = map(map(map(map(deployment.get("spec")).get("template")).get("metadata"))
                    .get("labels"));
            assertThat(ofKind("PodDisruptionBudget").stream()
                    .map(pdb -> map(map(map(pdb.get("spec")).get("selector")).get("matchLabels"))))
                    .as("a disruption budget of " + name)
                    .anyMatch(selector -> podLabels.entrySet().containsAll(selector.entrySet()));
        }
    }

    @Test
    void everyTopicAndItsDeadLetterTopicIsAKafkaTopicOfTheClusterWithTheServicesPartitions() {
        Map<String, Map<String, Object>> specs = new HashMap<>();
        String cluster = name(ofKind("Kafka").get(0));
        for (Map<String, Object> topic : ofKind("KafkaTopic")) {
            assertThat(map(map(topic.get("metadata")).get("labels")).get("strimzi.io/cluster")).isEqualTo(cluster);
            Map<String, Object> spec = map(topic.get("spec"));
            specs.put((String) spec.get("topicName"), spec);
        }
        Set<String> expected = new LinkedHashSet<>();
        Object partitions = Integer.valueOf(configMapValue(PARTITIONS));
        for (Topic topic : Topics.all()) {
            expected.add(topic.name());
            expected.add(topic.deadLetterName());
            Map<String, Object> spec = specs.get(topic.name());
            assertThat(spec).as(topic.name()).isNotNull();
            assertThat(spec.get("partitions")).as(topic.name()).isEqualTo(partitions);
            assertThat(spec.get("replicas")).as(topic.name()).isEqualTo(3);
            assertThat(map(spec.get("config"))).as(topic.name()).containsEntry("cleanup.policy", "compact")
                    .containsEntry("min.insync.replicas", 2);
            Map<String, Object> deadLetters = specs.get(topic.deadLetterName());
            assertThat(deadLetters).as(topic.deadLetterName()).isNotNull();
            assertThat(deadLetters.get("replicas")).as(topic.deadLetterName()).isEqualTo(3);
        }
        assertThat(specs.keySet()).as("topics no code uses").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(configMapValue(REPLICATION)).isEqualTo("3");
    }

    @Test
    void everyPropertyTheServicesReadIsSetInComposeAndKubernetes() {
        Map<String, Object> mongo = ofKind("MongoDBCommunity").get(0);
        Set<Object> mongoSecrets = list(map(mongo.get("spec")).get("users")).stream()
                .map(user -> map(user).get("connectionStringSecretName")).collect(Collectors.toSet());
        Map<String, String> serviceUrls = new LinkedHashMap<>();
        map(map(single(module(GATEWAY)).get("platform")).get("services"))
                .forEach((service, url) -> serviceUrls.put(environmentName("platform.services." + service), service));
        assertThat(serviceUrls.values()).containsExactlyInAnyOrderElementsOf(SERVICES);

        for (String name : deployables()) {
            List<String> required = new ArrayList<>(List.of(ISSUER, JWK_SET, AUDIENCES));
            if (name.equals(GATEWAY)) {
                required.addAll(serviceUrls.keySet());
                required.addAll(List.of("PLATFORM_GATEWAY_RATE_LIMIT_STORE", "SPRING_DATA_REDIS_HOST",
                        "SPRING_DATA_REDIS_PASSWORD"));
            } else {
                required.addAll(List.of(MONGO_URI, KAFKA, REPLICATION));
            }
            Map<String, Object> compose = map(map(composeServices.get(name)).get("environment"));
            Map<String, Object> k8s = kubernetesEnvironment(named("Deployment", name));
            for (String variable : required) {
                assertThat(compose.get(variable)).as(name + " in compose: " + variable).isNotNull()
                        .asString().isNotBlank();
                assertThat(k8s.get(variable)).as(name + " on Kubernetes: " + variable).isNotNull()
                        .asString().isNotBlank();
            }
            if (!name.equals(GATEWAY)) {
                assertThat(k8s.get(MONGO_URI)).as(name).isIn(mongoSecrets.stream()
                        .map(secret -> "secret " + secret + "/connectionString.standard").toList());
                assertThat(compose.get(MONGO_URI).toString()).as(name).contains("replicaSet=rs0");
            }
        }
        Map<String, Object> gatewayCompose = map(map(composeServices.get(GATEWAY)).get("environment"));
        Map<String, Object> gatewayK8s = kubernetesEnvironment(named("Deployment", GATEWAY));
        serviceUrls.forEach((variable, service) -> {
            String url = "http://" + service + ":" + serverPort(service);
            assertThat(gatewayCompose.get(variable)).as(variable).isEqualTo(url);
            assertThat(gatewayK8s.get(variable)).as(variable).isEqualTo(url);
        });
        assertThat(gatewayCompose.get("PLATFORM_GATEWAY_RATE_LIMIT_STORE")).isEqualTo("redis");
        assertThat(gatewayK8s.get("PLATFORM_GATEWAY_RATE_LIMIT_STORE")).isEqualTo("redis");
    }

    @Test
    void everyVariableComposeInterpolatesIsInTheEnvironmentExample() throws IOException {
        Matcher references = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)(:-[^}]*)?}")
                .matcher(Files.readString(DEPLOY.resolve("compose/compose.yaml")));
        Set<String> used = new LinkedHashSet<>();
        while (references.find()) {
            used.add(references.group(1));
        }
        Set<String> defined = Files.readAllLines(DEPLOY.resolve("compose/.env.example")).stream()
                .filter(line -> line.matches("[A-Z_][A-Z0-9_]*=.*")).map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toSet());
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(defined).containsAll(used);
    }

    @Test
    void theRealmDefinesEveryRoleAndADemoClientPerRoleWhoseTokensCarryTheClaimsTheServicesRead() {
        Map<String, Object> realm = single(DEPLOY.resolve("compose/keycloak/vetreport-realm.json"));
        List<String> roles = Arrays.stream(Role.values()).map(Role::claim).toList();
        assertThat(list(map(realm.get("roles")).get("realm")).stream().map(role -> map(role).get("name")))
                .containsExactlyInAnyOrderElementsOf(roles);

        Map<String, Object> scope = list(realm.get("clientScopes")).stream().map(DeploymentManifestsTest::map)
                .filter(candidate -> "vetreport".equals(candidate.get("name"))).findFirst().orElseThrow();
        List<Map<String, Object>> mappers = list(scope.get("protocolMappers")).stream()
                .map(mapper -> map(map(mapper).get("config"))).toList();
        assertThat(mappers).anyMatch(config -> "vetreport".equals(config.get("included.custom.audience")));
        assertThat(mappers.stream().map(config -> config.get("claim.name"))).contains("roles", "schools", "regions");

        Map<String, Object> keycloak = map(map(composeServices.get("keycloak")).get("environment"));
        Map<Object, Object> roleOfClient = list(realm.get("users")).stream().map(DeploymentManifestsTest::map)
                .collect(Collectors.toMap(user -> user.get("serviceAccountClientId"),
                        user -> list(user.get("realmRoles")).get(0)));
        for (String role : roles) {
            Map<String, Object> client = list(realm.get("clients")).stream().map(DeploymentManifestsTest::map)
                    .filter(candidate -> role.equals(roleOfClient.get(candidate.get("clientId")))).findFirst()
                    .orElseThrow(() -> new AssertionError("no demo client has the role " + role));
            assertThat(list(client.get("defaultClientScopes"))).as(role).contains("vetreport");
            assertThat(list(client.get("protocolMappers")).stream().map(mapper -> map(map(mapper).get("config"))
                    .get("claim.name"))).as(role).contains("schools");
            String secret = (String) client.get("secret");
            assertThat(secret).as(role).matches("\\$\\{[A-Z_]+}");
            assertThat(keycloak).as(role).containsKey(secret.substring(2, secret.length() - 1));
        }
    }

    private static List<String> deployables() {
        return Stream.concat(SERVICES.stream(), Stream.of(GATEWAY)).toList();
    }

    private static Set<String> healthyDependencies(String service) {
        return map(map(composeServices.get(service)).get("depends_on")).entrySet().stream()
                .filter(entry -> "service_healthy".equals(map(entry.getValue()).get("condition")))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** A container's variables as the pod sees them; one read from a secret shows as "secret NAME/KEY". */
    private static Map<String, Object> kubernetesEnvironment(Map<String, Object> deployment) {
        Map<String, Object> container = map(containers(deployment).get(0));
        Map<String, Object> environment = new HashMap<>();
        for (Object source : list(container.get("envFrom"))) {
            Object configMap = map(map(source).get("configMapRef")).get("name");
            if (configMap != null) {
                map(named("ConfigMap", (String) configMap).get("data")).forEach(environment::put);
            }
        }
        for (Object element : list(container.get("env"))) {
            Map<String, Object> variable = map(element);
            Map<String, Object> secret = map(map(variable.get("valueFrom")).get("secretKeyRef"));
            environment.put((String) variable.get("name"), secret.isEmpty() ? variable.get("value")
                    : "secret " + secret.get("name") + "/" + secret.get("key"));
        }
        return environment;
    }

    private static String configMapValue(String key) {
        return (String) map(named("ConfigMap", "vetreport-platform").get("data")).get(key);
    }

    /** {@code platform.services.student-service} as Spring reads it from the environment. */
    private static String environmentName(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static int serverPort(String module) {
        return (Integer) map(single(module(module)).get("server")).get("port");
    }

    private static Path module(String module) {
        return ROOT.resolve(module).resolve("src/main/resources/application.yml");
    }

    private static List<Object> containers(Map<String, Object> deployment) {
        return list(podSpec(deployment).get("containers"));
    }

    private static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return map(map(map(deployment.get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream().filter(resource -> name.equals(name(resource))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + K8S_BASE));
    }

    private static List<Map<String, Object>> ofKind(String kind) {
        return kubernetes.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    private static String name(Map<String, Object> resource) {
        return (String) map(resource.get("metadata")).get("name");
    }

    /** The documents of a kustomization's resources, following directories into their own kustomizations. */
    private static List<Map<String, Object>> kustomized(Path directory) {
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : list(single(directory.resolve("kustomization.yaml")).get("resources"))) {
            Path resource = directory.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(kustomized(resource));
            } else {
                documents(resource).forEach(document -> resources.add(map(document)));
            }
        }
        return resources;
    }

    /** The files a kustomization refers to: resources, patch files and the files of its generators. */
    private static List<String> references(Map<String, Object> kustomization) {
        List<String> references = new ArrayList<>();
        list(kustomization.get("resources")).forEach(resource -> references.add((String) resource));
        list(kustomization.get("patches")).stream().map(patch -> map(patch).get("path"))
                .filter(path -> path != null).forEach(path -> references.add((String) path));
        for (String generator : List.of("configMapGenerator", "secretGenerator")) {
            list(kustomization.get(generator)).stream().flatMap(entry -> list(map(entry).get("files")).stream())
                    .forEach(file -> references.add((String) file));
        }
        return references;
    }

    private static Map<String, Object> single(Path file) {
        List<Object> documents = documents(file);
        assertThat(documents).as(file.toString()).hasSize(1);
        return map(documents.get(0));
    }

    private static List<Object> documents(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Object> documents = new ArrayList<>();
            yaml.loadAll(reader).forEach(document -> {
                if (document != null) {
                    documents.add(document);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory).filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
