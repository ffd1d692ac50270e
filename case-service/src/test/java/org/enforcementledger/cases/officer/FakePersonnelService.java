package org.enforcementledger.cases.officer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for personnel-service's HTTP API (officer and eligibility), the boundary case-service calls when its replica
 * has not seen an officer yet. Tests say what it answers through {@link #answer}.
 */
public class FakePersonnelService implements QuarkusTestResourceLifecycleManager {

    /** What personnel-service knows of an officer. */
    public record Officer(String departmentCode, String departmentKind, boolean eligible) {
    }

    private static final Map<UUID, Officer> OFFICERS = new ConcurrentHashMap<>();
    private HttpServer server;

    public static void answer(UUID officerId, Officer officer) {
        OFFICERS.put(officerId, officer);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/officers/", this::handle);
        server.start();
        return Map.of("ledger.personnel.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        Officer officer = path.length >= 5 ? OFFICERS.get(UUID.fromString(path[4])) : null;
        String body;
        int status = 200;
        if (officer == null) {
            status = 404;
            body = "{}";
        } else if (path.length == 6 && path[5].equals("eligibility")) {
            body = "{\"eligible\":" + officer.eligible() + ",\"certificateNumber\":"
                    + (officer.eligible() ? "\"C-FRESH\"" : "null") + ",\"reasons\":"
                    + (officer.eligible() ? "[]" : "[\"certificate C-OLD expired on 2023-12-31\"]") + "}";
        } else {
            body = "{\"id\":\"" + path[4] + "\",\"orgUnit\":\"500112-dawan\",\"name\":\"新人\",\"departmentCode\":\""
                    + officer.departmentCode() + "\",\"departmentKind\":\"" + officer.departmentKind()
                    + "\",\"legalProfessionQualified\":false}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
