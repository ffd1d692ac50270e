package org.enforcementledger.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The district overlay, rendered as {@code kubectl kustomize} renders it and read with the fabric8 and Strimzi
 * models (an unknown field fails), keeps the invariants of docs/operations.md: replication and in-sync replicas,
 * instances, disruption budgets, probes on the services' real health paths, resource limits, topics equal to those the
 * services use and docs/asyncapi.yaml describes, and only the services reaching PostgreSQL and Kafka.
 */
class DistrictInstallationTest {

    private static final Map<String, String> PART_OF = Map.of("app.kubernetes.io/part-of", "enforcement-ledger");
    private static final String KAFKA = "ledger-kafka";
    private static final String DATABASE = "ledger-db";

    private static List<HasMetadata> resources;

    @BeforeAll
    static void render() {
        resources = Models.parse(Kustomize.render(Project.DISTRICT));
    }

    @Test
    void everyResourceIsInTheInstallationsNamespace() {
        assertThat(resources).extracting(r -> r.getMetadata().getNamespace()).containsOnly("enforcement-ledger");
        assertThat(resources).extracting(HasMetadata::getKind).contains("Deployment", "Kafka", "KafkaNodePool",
                "KafkaTopic", "Cluster", "ScheduledBackup", "ObjectStore", "PodDisruptionBudget",
                "HorizontalPodAutoscaler", "NetworkPolicy", "ConfigMap", "Service");
    }

    @Test
    void kafkaRunsInKraftModeWithThreeControllersAndThreeBrokers() {
        Kafka kafka = one(Kafka.class, KAFKA);
        List<KafkaNodePool> pools = all(KafkaNodePool.class).stream()
                .filter(pool -> KAFKA.equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .toList();

        assertThat(kafka.getMetadata().getAnnotations())
                .containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(pools).hasSize(2);
        assertThat(replicasWithRoles(pools, List.of(ProcessRoles.CONTROLLER))).isEqualTo(3);
        assertThat(replicasWithRoles(pools, List.of(ProcessRoles.BROKER))).isEqualTo(3);
        assertThat(pools).allSatisfy(pool -> {
            assertThat(pool.getSpec().getResources().getLimits()).containsKeys("cpu", "memory");
            assertThat(pool.getSpec().getStorage().getType()).isEqualTo("jbod");
        });
    }

    @Test
    void kafkaReplicatesEverythingThreeTimesAndNeedsTwoInSyncReplicasForAWrite() {
        Map<String, Object> config = one(Kafka.class, KAFKA).getSpec().getKafka().getConfig();

        assertThat(config).containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("transaction.state.log.replication.factor", 3)
                .containsEntry("transaction.state.log.min.isr", 2)
                .containsEntry("auto.create.topics.enable", false);
        assertThat(one(Kafka.class, KAFKA).getSpec().getKafka().getTemplate().getPodDisruptionBudget()
                .getMaxUnavailable()).isEqualTo(1);
    }

    @Test
    void everyTopicTheServicesUseIsAKafkaTopicWithThreeReplicasTwoInSyncAndTheLocalRetention() {
        Map<String, KafkaTopic> topics = all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(this::topicName, topic -> topic));

        assertThat(topics.keySet()).isEqualTo(topicsOfTheServices()).isEqualTo(AsyncApi.topics().keySet());
        topics.forEach((name, topic) -> {
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", KAFKA);
            assertThat(topic.getSpec().getReplicas()).as(name).isEqualTo(3);
            assertThat(topic.getSpec().getPartitions()).as(name).isEqualTo(AsyncApi.topics().get(name).partitions());
            assertThat(topic.getSpec().getConfig()).as(name)
                    .containsEntry("min.insync.replicas", 2)
                    .containsEntry("retention.ms", -1)
                    .containsEntry("cleanup.policy", "delete");
            assertThat(AsyncApi.topics().get(name).retentionMs()).as(name).isEqualTo(-1L);
        });
    }

    @Test
    void postgresqlIsAClusterOfThreeInstancesBackedUpEveryNight() {
        JsonNode cluster = spec(generic("Cluster", DATABASE));
        JsonNode backup = spec(generic("ScheduledBackup", "ledger-db-nightly"));
        JsonNode store = spec(generic("ObjectStore", "ledger-backups"));

        assertThat(cluster.path("instances").asInt()).isEqualTo(3);
        assertThat(cluster.path("enablePDB").asBoolean(true)).isTrue();
        assertThat(cluster.path("bootstrap").path("initdb").path("database").asText()).isEqualTo("ledger");
        assertThat(cluster.path("resources").path("limits").has("memory")).isTrue();
        JsonNode archiver = cluster.path("plugins").get(0);
        assertThat(archiver.path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
        assertThat(archiver.path("isWALArchiver").asBoolean()).isTrue();
        assertThat(archiver.path("parameters").path("barmanObjectName").asText()).isEqualTo("ledger-backups");

        assertThat(backup.path("cluster").path("name").asText()).isEqualTo(DATABASE);
        assertThat(backup.path("method").asText()).isEqualTo("plugin");
        assertThat(backup.path("pluginConfiguration").path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
        assertThat(backup.path("schedule").asText().split(" ")).as("six fields, seconds first").hasSize(6);

        assertThat(store.path("configuration").path("destinationPath").asText())
                .isEqualTo("s3://district-ledger-backups/enforcement-ledger/");
        assertThat(store.path("retentionPolicy").asText()).isEqualTo("30d");
    }

    @Test
    void theServicesWriteToThePrimaryAndReadTheirSettingsFromConfigMapsAndTheDatabaseSecret() {
        Map<String, String> config = one(ConfigMap.class, "ledger-config").getData();

        assertThat(config).containsEntry("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://" + DATABASE + "-rw:5432/ledger");
        assertThat(config).containsEntry("KAFKA_BOOTSTRAP_SERVERS", KAFKA + "-kafka-bootstrap:9092");
        assertThat(config).containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL",
                "https://sso.district.example/realms/district");
        for (String service : Project.SERVICES) {
            Container container = container(service);
            assertThat(container.getEnvFrom()).extracting(EnvFromSource::getConfigMapRef)
                    .extracting(ref -> ref.getName())
                    .containsExactlyInAnyOrder("ledger-config", service + "-config");
            // Quarkus orders envFrom as it likes, and of two ConfigMaps with the same key the later one wins.
            assertThat(one(ConfigMap.class, service + "-config").getData().keySet())
                    .doesNotContainAnyElementsOf(config.keySet());
            container.getEnvFrom().forEach(ref -> assertThat(one(ConfigMap.class, ref.getConfigMapRef().getName()))
                    .isNotNull());
            Map<String, EnvVar> env = container.getEnv().stream()
                    .collect(Collectors.toMap(EnvVar::getName, var -> var));
            // CloudNativePG names the owner's Secret <cluster>-app.
            assertThat(env.get("QUARKUS_DATASOURCE_USERNAME").getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo(DATABASE + "-app");
            assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().getKey())
                    .isEqualTo("password");
        }
        Properties caseService = Project.applicationProperties("case-service");
        assertThat(caseService).containsKey("ledger.personnel.url");
        assertThat(one(ConfigMap.class, "case-service-config").getData())
                .containsEntry("LEDGER_PERSONNEL_URL", "http://personnel-service");
        assertThat(one(io.fabric8.kubernetes.api.model.Service.class, "personnel-service").getSpec().getPorts())
                .singleElement().satisfies(port -> assertThat(port.getPort()).isEqualTo(80));
    }

    @Test
    void theDeploymentsRunTwoTwoAndThreePodsOfTheDistrictsImages() {
        assertThat(replicas("personnel-service")).isEqualTo(2);
        assertThat(replicas("case-service")).isEqualTo(2);
        assertThat(replicas("report-service")).isEqualTo(3);
        for (String service : Project.SERVICES) {
            assertThat(container(service).getImage())
                    .isEqualTo("registry.district.example/enforcement-ledger/" + service + ":1.0.0");
        }
    }

    @Test
    void everyServiceIsProbedOnItsRealHealthPathsAndPort() {
        for (String service : Project.SERVICES) {
            Properties properties = Project.applicationProperties(service);
            int port = Integer.parseInt(properties.getProperty("quarkus.http.port"));
            // SmallRye Health's paths hold only while no service moves them.
            assertThat(properties.stringPropertyNames()).as(service)
                    .noneMatch(name -> name.startsWith("quarkus.smallrye-health.")
                            || name.equals("quarkus.http.non-application-root-path")
                            || name.equals("quarkus.http.root-path")
                            || name.startsWith("quarkus.management."));
            Container container = container(service);

            assertProbe(container.getLivenessProbe(), "/q/health/live", port);
            assertProbe(container.getReadinessProbe(), "/q/health/ready", port);
            assertProbe(container.getStartupProbe(), "/q/health/started", port);
            assertThat(container.getPorts()).singleElement()
                    .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(port));
        }
    }

    @Test
    void everyContainerHasResourceRequestsAndLimits() {
        for (String service : Project.SERVICES) {
            Map<String, Quantity> limits = container(service).getResources().getLimits();
            Map<String, Quantity> requests = container(service).getResources().getRequests();

            assertThat(limits).as(service).containsKeys("cpu", "memory");
            assertThat(requests).as(service).containsKeys("cpu", "memory");
            assertThat(Quantity.getAmountInBytes(requests.get("memory")))
                    .isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get("memory")));
        }
    }

    @Test
    void everyServiceHasADisruptionBudgetThatLetsADrainProceed() {
        for (String service : Project.SERVICES) {
            PodDisruptionBudget budget = one(PodDisruptionBudget.class, service);
            Deployment deployment = one(Deployment.class, service);

            assertThat(selects(budget.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata()
                    .getLabels())).as(service).isTrue();
            assertThat(budget.getSpec().getMinAvailable()).as(service).isNull();
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).as(service).isEqualTo(1);
            assertThat(replicas(service)).as("a budget of 1 unavailable keeps %s serving", service)
                    .isGreaterThan(1);
        }
    }

    @Test
    void reportServiceScalesFromItsReplicasUpToOnePodPerPartition() {
        HorizontalPodAutoscaler autoscaler = one(HorizontalPodAutoscaler.class, "report-service");

        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo("report-service");
        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(replicas("report-service"));
        assertThat(autoscaler.getSpec().getMaxReplicas())
                .isEqualTo(AsyncApi.topics().get("case.events").partitions());
        assertThat(all(HorizontalPodAutoscaler.class)).hasSize(1);
    }

    @Test
    void onlyTheServicesReachPostgresqlAndKafka() {
        for (String service : Project.SERVICES) {
            assertThat(one(Deployment.class, service).getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(PART_OF);
        }
        // Kafka: Strimzi makes the listener's NetworkPolicy from its peers.
        List<GenericKafkaListener> listeners = one(Kafka.class, KAFKA).getSpec().getKafka().getListeners();
        assertThat(listeners).isNotEmpty().allSatisfy(listener -> assertThat(listener.getNetworkPolicyPeers())
                .singleElement()
                .satisfies(peer -> {
                    assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(PART_OF);
                    assertThat(peer.getNamespaceSelector()).isNull();
                    assertThat(peer.getIpBlock()).isNull();
                }));
        // PostgreSQL: the services and the cluster's own instances on 5432, the operator's namespace on 8000 only.
        NetworkPolicy policy = all(NetworkPolicy.class).stream()
                .filter(p -> Map.of("cnpg.io/cluster", DATABASE).equals(p.getSpec().getPodSelector().getMatchLabels()))
                .findFirst().orElseThrow();
        assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            assertThat(rule.getFrom()).as("a rule without peers lets every pod in").isNotEmpty();
            Set<Integer> ports = rule.getPorts().stream().map(NetworkPolicyPort::getPort)
                    .map(port -> port.getIntVal()).collect(Collectors.toSet());
            if (ports.contains(5432)) {
                assertThat(rule.getFrom()).allSatisfy(peer -> {
                    assertThat(peer.getNamespaceSelector()).isNull();
                    assertThat(peer.getIpBlock()).isNull();
                    assertThat(peer.getPodSelector().getMatchLabels())
                            .isIn(PART_OF, Map.of("cnpg.io/cluster", DATABASE));
                });
            } else {
                assertThat(ports).containsExactly(8000);
                assertThat(rule.getFrom()).extracting(NetworkPolicyPeer::getNamespaceSelector)
                        .extracting(LabelSelector::getMatchLabels)
                        .containsExactly(Map.of("kubernetes.io/metadata.name", "cnpg-system"));
            }
        }
    }

    private String topicName(KafkaTopic topic) {
        return topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
    }

    /** Every topic named in the services' application.properties. */
    private static Set<String> topicsOfTheServices() {
        Set<String> topics = new TreeSet<>();
        for (String service : Project.SERVICES) {
            Properties properties = Project.applicationProperties(service);
            for (String key : List.of("ledger.outbox.topic", "ledger.replica.topic", "ledger.consumer.topics",
                    "ledger.consumer.dead-letter-topic")) {
                String value = properties.getProperty(key);
                if (value != null) {
                    Arrays.stream(value.split(",")).map(String::trim).forEach(topics::add);
                }
            }
            assertThat(properties.stringPropertyNames()).as("a topic setting this test does not know in %s", service)
                    .allMatch(name -> !name.contains("topic") || name.endsWith("topic-partitions")
                            || name.endsWith("topic-replication-factor")
                            || List.of("ledger.outbox.topic", "ledger.replica.topic", "ledger.consumer.topics",
                                    "ledger.consumer.dead-letter-topic").contains(name));
        }
        return topics;
    }

    private static void assertProbe(Probe probe, String path, int port) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(port);
    }

    private static int replicasWithRoles(List<KafkaNodePool> pools, List<ProcessRoles> roles) {
        return pools.stream().filter(pool -> pool.getSpec().getRoles().equals(roles))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()
                ? labels.entrySet().containsAll(selector.getMatchLabels().entrySet())
                : false;
    }

    private static int replicas(String service) {
        return one(Deployment.class, service).getSpec().getReplicas();
    }

    private static Container container(String service) {
        return one(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(service)).findFirst().orElseThrow();
    }

    private static JsonNode spec(GenericKubernetesResource resource) {
        return Kustomize.YAML.valueToTree(resource.getAdditionalProperties().get("spec"));
    }

    private static GenericKubernetesResource generic(String kind, String name) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals(kind) && r.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static <T extends HasMetadata> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (HasMetadata resource : resources) {
            if (type.isInstance(resource)) {
                found.add(type.cast(resource));
            }
        }
        return found;
    }

    private static <T extends HasMetadata> T one(Class<T> type, String name) {
        List<T> found = all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).toList();
        assertThat(found).as("%s %s", type.getSimpleName(), name).hasSize(1);
        return found.get(0);
    }
}
