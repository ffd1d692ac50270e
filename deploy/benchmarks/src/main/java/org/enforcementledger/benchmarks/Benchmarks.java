package org.enforcementledger.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.enforcementledger.localstack.LocalInfrastructure;
import org.enforcementledger.localstack.LocalTokenIssuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The measurements of docs/benchmarks.md, against real servers on this machine: embedded PostgreSQL and Kafka and the
 * packaged services (build them first; {@code deploy/benchmark} does).
 *
 * <ol>
 * <li>Replay: N case events on {@code case.events}; the raw Kafka consumer rate over them, then report-service's rate
 * applying them from the start of the topic (what a rebuild does).</li>
 * <li>Summary latency under 200 concurrent clients (wrk, twice in a row: cold, then with the request path compiled)
 * while events keep arriving, against a SQL GROUP BY computing the penalty figures over N raw decision rows.</li>
 * <li>Freshness: from case-service's 201 for a filed case to the figure in report-service's summary.</li>
 * </ol>
 */
public final class Benchmarks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOWN = "bench-town";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The services verify tokens against this key pair; one token does the harness's reference data, cases and reads. */
    private static final LocalTokenIssuer TOKENS = LocalTokenIssuer.ephemeral();
    private static final String TOKEN = TOKENS.mint("benchmark", List.of("admin", "case-officer", "district-supervisor"),
            "500112-dawan", Duration.ofHours(6));

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int freshnessSamples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path root = Path.of(System.getenv().getOrDefault("LEDGER_HOME", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("ledger-bench-");
        List<Process> services = new ArrayList<>();
        try (LocalInfrastructure infra = LocalInfrastructure.start(data, LocalInfrastructure.Ports.any(), false,
                Map.of())) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> services.forEach(Process::destroyForcibly)));
            String kafka = infra.bootstrapServers();
            createTopics(kafka);
            say("machine: %d cores, Java %s; events: %,d", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), events);

            long produceStart = System.nanoTime();
            produce(kafka, events);
            say("produced %,d events in %.1f s", events, seconds(produceStart));

            double raw = rawConsumerRate(kafka, events);
            say("raw Kafka consumer: %,.0f events/s", raw);

            services.add(start(root, "report-service", 18083, infra));
            long[] replay = awaitApplied(events);
            double replayRate = events / (replay[1] / 1e9);
            say("report-service replay: %,d events in %.1f s = %,.0f events/s", events, replay[1] / 1e9, replayRate);

            AtomicBoolean feeding = new AtomicBoolean(true);
            Thread feeder = new Thread(() -> feed(kafka, feeding), "feeder");
            feeder.start();
            String summaryUrl = "http://127.0.0.1:18083/api/v1/reports/2024/summary?orgUnit=" + TOWN;
            String cold = wrk(summaryUrl);
            // The same run again: the first one also measures the JIT compiling the request path on the two cores.
            String warm = wrk(summaryUrl);
            feeding.set(false);
            feeder.join();
            say("summary under load (wrk -t2 -c200 -d20s, events arriving meanwhile), first run:%n%s", cold);
            say("summary under load, second run right after (request path compiled by the JIT):%n%s", warm);

            double[] groupBy = groupByBaseline(infra, events);
            say("SQL GROUP BY over %,d raw decision rows: p50 %.1f ms, p99 %.1f ms", events, groupBy[0], groupBy[1]);

            services.add(start(root, "case-service", 18082, infra));
            double[] fresh = freshness(kafka, freshnessSamples);
            say("freshness, case-service 201 -> report-service summary (%d cases): p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                    freshnessSamples, fresh[0], fresh[1], fresh[2]);
        } finally {
            services.forEach(p -> {
                p.destroy();
                try {
                    p.waitFor(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    private static void createTopics(String kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(List.of(
                    new NewTopic("case.events", 6, (short) 1).configs(Map.of("retention.ms", "-1")),
                    new NewTopic("personnel.events", 6, (short) 1).configs(Map.of("retention.ms", "-1"))))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, String> producer(String kafka) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new StringSerializer());
    }

    /** A town's year of case events: each case filed, then decided; every third one also inspected. */
    private static void produce(String kafka, int events) {
        try (KafkaProducer<String, String> producer = producer(kafka)) {
            int sent = 0;
            int n = 0;
            while (sent < events) {
                UUID caseId = UUID.randomUUID();
                LocalDate filed = LocalDate.of(2024, 1 + n % 12, 1 + n % 28);
                String village = "V-" + (n % 25);
                producer.send(record(caseFiled(caseId, filed, village)));
                sent++;
                if (sent < events) {
                    producer.send(record(caseDecided(caseId, filed, filed.plusDays(10).withYear(2024), village, n)));
                    sent++;
                }
                if (sent < events && n % 2 == 0) {
                    producer.send(record(inspection(filed, village, n % 3 == 0)));
                    sent++;
                }
                n++;
            }
            producer.flush();
        }
    }

    private static ProducerRecord<String, String> record(ObjectNode event) {
        return new ProducerRecord<>("case.events", event.path("subject").asText(), event.toString());
    }

    private static ObjectNode envelope(String type, String subject, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "urn:enforcement-ledger:case-service").put("type", "enforcementledger.case." + type)
                .put("subject", subject).put("time", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("datacontenttype", "application/json").put("orgunit", TOWN);
        event.set("data", data);
        return event;
    }

    private static ObjectNode caseFiled(UUID caseId, LocalDate filed, String village) {
        ObjectNode data = JSON.createObjectNode().put("caseId", caseId.toString()).put("matterCode", "M-CITY")
                .put("matterSource", "DEVOLVED").putNull("actingInNameOf").putNull("entrustmentNumber")
                .put("villageCode", village).put("procedure", "GENERAL").put("partyKind", "PERSON")
                .put("filedOn", filed.toString()).put("violationOn", filed.toString());
        data.putArray("officerIds").add(UUID.randomUUID().toString()).add(UUID.randomUUID().toString());
        data.putArray("departmentCodes").add("BRIGADE").add("CITY");
        return envelope("case.filed.v1", caseId.toString(), data);
    }

    private static ObjectNode caseDecided(UUID caseId, LocalDate filed, LocalDate decided, String village, int n) {
        ObjectNode data = JSON.createObjectNode().put("caseId", caseId.toString()).put("decidedOn", decided.toString())
                .put("outcome", "PENALTY");
        BigDecimal fine = BigDecimal.valueOf(50 + n % 150).setScale(2);
        var penalties = data.putArray("penalties");
        penalties.addObject().put("kind", "WARNING").putNull("amount");
        if (n % 4 == 0) {
            penalties.addObject().put("kind", "FINE").put("amount", fine);
        }
        data.put("fineTotal", n % 4 == 0 ? fine : BigDecimal.ZERO.setScale(2))
                .put("confiscationTotal", BigDecimal.ZERO.setScale(2)).put("matterCode", "M-CITY")
                .put("matterSource", "DEVOLVED").putNull("actingInNameOf").put("villageCode", village)
                .put("procedure", "GENERAL").put("partyKind", "PERSON");
        data.putArray("departmentCodes").add("BRIGADE").add("CITY");
        data.put("filedOn", filed.toString()).put("hearingOffered", false).put("hearingHeld", false)
                .put("legalReviewed", false);
        return envelope("case.decided.v1", caseId.toString(), data);
    }

    private static ObjectNode inspection(LocalDate day, String village, boolean joint) {
        UUID id = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode().put("inspectionId", id.toString()).put("conductedOn", day.toString())
                .put("matterCode", "M-SAFE").put("matterSource", "STATUTORY").put("villageCode", village)
                .put("kind", "ROUTINE");
        var departments = data.putArray("departmentCodes").add("BRIGADE");
        if (joint) {
            departments.add("SAFETY");
        }
        data.putArray("officerIds").add(UUID.randomUUID().toString()).add(UUID.randomUUID().toString());
        data.put("joint", joint).put("enterpriseRelated", joint).put("targetKind", "ORGANIZATION");
        return envelope("inspection.recorded.v1", id.toString(), data);
    }

    private static double rawConsumerRate(String kafka, int events) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("case.events").stream()
                    .map(p -> new TopicPartition("case.events", p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = System.nanoTime();
            long seen = 0;
            while (seen < events) {
                seen += consumer.poll(Duration.ofMillis(500)).count();
            }
            return seen / seconds(start);
        }
    }

    private static Process start(Path root, String service, int port, LocalInfrastructure infra) throws Exception {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString());
        builder.environment().putAll(infra.serviceEnvironment());
        builder.environment().putAll(TOKENS.verificationEnvironment());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_LOG_LEVEL", "WARN");
        builder.environment().put("LEDGER_PERSONNEL_URL", "http://127.0.0.1:1");
        builder.redirectErrorStream(true).redirectOutput(root.resolve("deploy/benchmarks/target/" + service + ".log").toFile());
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // Starting.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(service + " did not start");
    }

    /** [nanos to the first applied event, nanos from then until all are applied]. */
    private static long[] awaitApplied(int events) throws Exception {
        long first = 0;
        long start = System.nanoTime();
        long lastLog = start;
        while (true) {
            JsonNode status = getJson("http://127.0.0.1:18083/api/v1/reports/status");
            long applied = status.path("eventsApplied").asLong();
            if (first == 0 && applied > 0) {
                first = System.nanoTime();
            }
            if (applied >= events) {
                return new long[] { first - start, System.nanoTime() - first };
            }
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                say("  ... %,d of %,d applied", applied, events);
                lastLog = System.nanoTime();
            }
            Thread.sleep(100);
        }
    }

    /** 200 events a second while wrk measures: the summary is read while figures change. */
    private static void feed(String kafka, AtomicBoolean feeding) {
        try (KafkaProducer<String, String> producer = producer(kafka)) {
            int n = 0;
            while (feeding.get()) {
                UUID caseId = UUID.randomUUID();
                producer.send(record(caseFiled(caseId, LocalDate.of(2024, 6, 1), "V-" + n % 25)));
                producer.send(record(caseDecided(caseId, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 5),
                        "V-" + n % 25, n)));
                n++;
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String wrk(String url) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t2", "-c200", "-d20s", "--latency",
                "-H", "Authorization: Bearer " + TOKEN, url).redirectErrorStream(true)
                .start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> out.append("    ").append(line).append('\n'));
        }
        process.waitFor();
        return out.toString();
    }

    /** The penalty figures computed per request by GROUP BY over raw rows, as an on-demand design would. */
    private static double[] groupByBaseline(LocalInfrastructure infra, int rows) throws Exception {
        try (Connection connection = DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password());
                Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_raw_decision (case_id uuid, org_unit text, decided_on date,"
                    + " heaviest_kind text, matter_source text, fine numeric(14,2), confiscation numeric(14,2))");
            ddl.execute("TRUNCATE bench_raw_decision");
            ddl.execute("INSERT INTO bench_raw_decision SELECT gen_random_uuid(), 'bench-town',"
                    + " DATE '2024-01-01' + (i % 366), CASE WHEN i % 4 = 0 THEN 'FINE' ELSE 'WARNING' END,"
                    + " (ARRAY['STATUTORY','DEVOLVED','ENTRUSTED'])[1 + i % 3], CASE WHEN i % 4 = 0 THEN 50 + i % 150"
                    + " ELSE 0 END, 0 FROM generate_series(1, " + rows + ") AS i");
            ddl.execute("CREATE INDEX IF NOT EXISTS bench_raw_decision_town ON bench_raw_decision (org_unit, decided_on)");
            ddl.execute("ANALYZE bench_raw_decision");
            List<Double> millis = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT heaviest_kind, matter_source, count(*),"
                    + " sum(fine), sum(confiscation) FROM bench_raw_decision WHERE org_unit = ? AND decided_on"
                    + " BETWEEN DATE '2024-01-01' AND DATE '2024-12-31' GROUP BY heaviest_kind, matter_source")) {
                for (int i = 0; i < 60; i++) {
                    long start = System.nanoTime();
                    query.setString(1, "bench-town");
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(3);
                        }
                    }
                    if (i >= 10) {
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
            Collections.sort(millis);
            return new double[] { percentile(millis, 50), percentile(millis, 99) };
        }
    }

    /** Files cases one after another and times each until the summary counts it. */
    private static double[] freshness(String kafka, int samples) throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        UUID office = UUID.randomUUID();
        UUID brigade = UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer(kafka)) {
            for (UUID officer : List.of(office, brigade)) {
                boolean isOffice = officer.equals(office);
                ObjectNode registered = JSON.createObjectNode().put("officerId", officer.toString()).put("name", "测")
                        .put("departmentCode", isOffice ? "SAFETY" : "BRIGADE")
                        .put("departmentKind", isOffice ? "BUSINESS_OFFICE" : "ENFORCEMENT_BRIGADE").put("position", "科员")
                        .put("enforcementPost", true).put("legalProfessionQualified", false).put("joinedOn", "2020-01-01");
                producer.send(personnel("officer.registered.v1", officer, registered));
                ObjectNode issued = JSON.createObjectNode().put("certificateNumber", "B-" + officer)
                        .put("officerId", officer.toString()).put("departmentCode", "X")
                        .put("departmentKind", "ENFORCEMENT_BRIGADE").put("issuingAuthority", "区司法局")
                        .put("issuedOn", "2020-01-01").put("expiresOn", "2035-12-31");
                issued.putArray("domains").add("综合执法");
                producer.send(personnel("certificate.issued.v1", officer, issued));
            }
            producer.flush();
        }
        post("http://127.0.0.1:18082/api/v1/villages", "{\"code\":\"V-1\",\"name\":\"大湾村\"}");
        post("http://127.0.0.1:18082/api/v1/matters", "{\"code\":\"M-1\",\"name\":\"事项\",\"actType\":\"PENALTY\","
                + "\"source\":\"STATUTORY\",\"legalBasis\":\"法\",\"effectiveFrom\":\"2020-01-01\","
                + "\"publishedOn\":\"2020-01-01\",\"publishedAt\":\"区政府网站\"}");
        // Cases are filed in the token's town, where the officers above belong.
        int year = LocalDate.parse(today).getYear();
        String summary = "http://127.0.0.1:18083/api/v1/reports/" + year + "/summary?orgUnit=500112-dawan";
        String body = "{\"matterCode\":\"M-1\",\"villageCode\":\"V-1\",\"party\":{\"kind\":\"PERSON\",\"name\":\"某\","
                + "\"idNumber\":\"500112199001011234\"},\"handlingOfficerIds\":[\"" + office + "\",\"" + brigade + "\"],"
                + "\"filedOn\":\"" + today + "\",\"violationOn\":\"" + today + "\",\"procedure\":\"GENERAL\","
                + "\"summary\":\"基准测试\"}";
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples + 5; i++) {
            long before = getJson(summary).path("cases").path("filed").asLong();
            int status = post("http://127.0.0.1:18082/api/v1/cases", body);
            long created = System.nanoTime();
            if (status != 201) {
                throw new IllegalStateException("filing answered " + status);
            }
            while (getJson(summary).path("cases").path("filed").asLong() <= before) {
                Thread.sleep(2);
            }
            if (i >= 5) {
                millis.add((System.nanoTime() - created) / 1e6);
            }
        }
        Collections.sort(millis);
        return new double[] { percentile(millis, 50), percentile(millis, 99), millis.get(millis.size() - 1) };
    }

    private static ProducerRecord<String, String> personnel(String type, UUID officer, ObjectNode data) {
        ObjectNode event = envelope(type, officer.toString(), data);
        event.put("source", "urn:enforcement-ledger:personnel-service")
                .put("type", "enforcementledger.personnel." + type).put("orgunit", "500112-dawan");
        return new ProducerRecord<>("personnel.events", officer.toString(), event.toString());
    }

    private static JsonNode getJson(String url) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static int post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
