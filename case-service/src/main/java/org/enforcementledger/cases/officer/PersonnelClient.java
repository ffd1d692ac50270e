package org.enforcementledger.cases.officer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;

/**
 * Asks personnel-service directly, for the one case the replica cannot answer: an officer whose certificate was issued
 * so recently that its event is still in the outbox. Any failure (personnel-service down, slow) answers "unknown", and
 * the replica's answer stands.
 *
 * <p>
 * It calls on the caller's behalf, with the caller's own bearer token: personnel-service then applies the same roles
 * and town as to the caller.
 */
@ApplicationScoped
public class PersonnelClient {

    private static final Logger LOG = Logger.getLogger(PersonnelClient.class);

    private final ObjectMapper objectMapper;
    private final Optional<String> baseUrl;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonWebToken callerToken;

    public PersonnelClient(ObjectMapper objectMapper, JsonWebToken callerToken,
            @ConfigProperty(name = "ledger.personnel.url") Optional<String> baseUrl,
            @ConfigProperty(name = "ledger.personnel.timeout", defaultValue = "2s") Duration timeout) {
        this.objectMapper = objectMapper;
        this.callerToken = callerToken;
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * What personnel-service knows of an officer now, and of their certificates on the day; the law is applied by
     * {@link OfficerRegistry}.
     */
    public record Answer(String orgUnit, String name, String departmentCode, String departmentKind,
            boolean legalProfessionQualified, boolean enforcementPost, LocalDate leftOn, boolean certificateInForce,
            String certificateNumber, String certificateRefusal) {
    }

    public Optional<Answer> answer(UUID officerId, LocalDate day) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode officer = get("/api/v1/officers/" + officerId);
            JsonNode eligibility = get("/api/v1/officers/" + officerId + "/eligibility?on=" + day);
            if (officer == null || eligibility == null) {
                return Optional.empty();
            }
            boolean inForce = eligibility.path("eligible").asBoolean(false);
            String refusal = inForce ? null : String.join("; ", objectMapper.convertValue(
                    eligibility.path("reasons"), String[].class));
            LocalDate leftOn = officer.hasNonNull("leftOn") ? LocalDate.parse(officer.get("leftOn").asText()) : null;
            return Optional.of(new Answer(officer.path("orgUnit").asText(), officer.path("name").asText(),
                    officer.path("departmentCode").asText(), officer.path("departmentKind").asText(),
                    officer.path("legalProfessionQualified").asBoolean(), officer.path("enforcementPost").asBoolean(true),
                    leftOn, inForce, eligibility.path("certificateNumber").asText(null), refusal));
        } catch (Exception e) {
            LOG.debugf("personnel-service did not answer for officer %s: %s", officerId, e.toString());
            return Optional.empty();
        }
    }

    private JsonNode get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).timeout(timeout)
                .header("Accept", "application/json").GET();
        if (Arc.container().requestContext().isActive() && callerToken.getRawToken() != null) {
            request.header("Authorization", "Bearer " + callerToken.getRawToken());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? objectMapper.readTree(response.body()) : null;
    }
}
