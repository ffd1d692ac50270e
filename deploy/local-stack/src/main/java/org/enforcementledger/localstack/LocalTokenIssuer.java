package org.enforcementledger.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The embedded stand-in for the OIDC provider: an RSA key pair and RS256 access tokens shaped like Keycloak's
 * ({@code iss}, {@code aud}, {@code sub}, {@code preferred_username}, {@code groups} for roles, and the ledger's
 * {@code orgunit} claim).
 *
 * <p>
 * The services never see this class: they get the public key and the issuer as ordinary {@code quarkus.oidc.*}
 * settings and verify these tokens exactly as they verify a real provider's.
 */
public final class LocalTokenIssuer {

    public static final String ISSUER = "urn:enforcement-ledger:local-stack";
    public static final String AUDIENCE = "enforcement-ledger";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private LocalTokenIssuer(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A fresh key pair that lives as long as this JVM (tests). */
    public static LocalTokenIssuer ephemeral() {
        KeyPair pair = generate();
        return new LocalTokenIssuer(pair.getPrivate(), pair.getPublic());
    }

    /**
     * The key pair kept in {@code dir} (the local run's data folder), created on first use so that tokens minted
     * once stay valid across restarts.
     */
    public static LocalTokenIssuer loadOrCreate(Path dir) {
        Path privateFile = dir.resolve("signing-key.pk8");
        Path publicFile = dir.resolve("signing-key.pub");
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(dir);
                KeyPair pair = generate();
                Files.write(publicFile, pair.getPublic().getEncoded());
                Files.write(privateFile, pair.getPrivate().getEncoded());
                try {
                    Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // The key stays as protected as the data folder itself.
                }
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new LocalTokenIssuer(
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))),
                    rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable signing key in " + dir, e);
        }
    }

    /** What a service needs to verify these tokens, as Quarkus configuration properties. */
    public Map<String, String> verificationProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(publicKey.getEncoded()));
        properties.put("quarkus.oidc.token.issuer", ISSUER);
        return properties;
    }

    /** The same settings as environment variables, for services started as separate processes. */
    public Map<String, String> verificationEnvironment() {
        return verificationProperties().entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toUpperCase().replace('.', '_').replace('-', '_'), Map.Entry::getValue,
                (a, b) -> b, LinkedHashMap::new));
    }

    /**
     * An access token for a person or a system client.
     *
     * @param orgUnit the town or street (乡镇/街道) code the caller acts for; {@code null} for a caller without one
     */
    public String mint(String user, Collection<String> roles, String orgUnit, Duration validity) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{")
                .append(field("iss", ISSUER)).append(',')
                .append(field("aud", AUDIENCE)).append(',')
                .append(field("sub", user)).append(',')
                .append(field("preferred_username", user)).append(',')
                .append(field("jti", UUID.randomUUID().toString())).append(',')
                .append("\"iat\":").append(now.getEpochSecond()).append(',')
                .append("\"exp\":").append(now.plus(validity).getEpochSecond()).append(',')
                .append("\"groups\":[")
                .append(roles.stream().map(LocalTokenIssuer::quote).collect(Collectors.joining(",")))
                .append(']');
        if (orgUnit != null) {
            claims.append(',').append(field("orgunit", orgUnit));
        }
        claims.append('}');
        String signingInput = BASE64URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA on this JVM", e);
        }
    }

    private static String field(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
