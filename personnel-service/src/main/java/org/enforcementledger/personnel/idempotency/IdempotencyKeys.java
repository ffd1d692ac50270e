package org.enforcementledger.personnel.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.enforcementledger.personnel.problem.InvalidFieldException;

/** The header's syntax, request fingerprints and the per-key advisory lock id. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;
    /** The header's syntax as documented in the OpenAPI document. */
    public static final String PATTERN = "^[\\x20-\\x7E]{1,200}$";
    /** The example key of the OpenAPI document. */
    public static final String EXAMPLE = "8e03978e-40d5-43e8-bc93-6894a57f9324";

    private IdempotencyKeys() {
    }

    /**
     * The key of the header's values: exactly one value of 1..200 printable ASCII characters (0x20–0x7E). The draft's
     * Structured Field string form ({@code "abc"}, with {@code \"} and {@code \\} escapes) is accepted too and means the
     * same key as {@code abc}.
     *
     * @throws InvalidFieldException (400, naming the header) for anything else
     */
    public static String parse(List<String> values) {
        if (values.size() != 1) {
            throw invalid("must be sent once, not " + values.size() + " times");
        }
        String value = values.get(0) == null ? "" : values.get(0).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = unquote(value.substring(1, value.length() - 1));
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw invalid("must be 1 to " + MAX_LENGTH + " characters long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw invalid("must contain printable ASCII characters only");
            }
        }
        return value;
    }

    private static String unquote(String quoted) {
        StringBuilder key = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\') {
                if (i + 1 == quoted.length() || (quoted.charAt(i + 1) != '"' && quoted.charAt(i + 1) != '\\')) {
                    throw invalid("is a malformed quoted string");
                }
                c = quoted.charAt(++i);
            } else if (c == '"') {
                throw invalid("is a malformed quoted string");
            }
            key.append(c);
        }
        return key.toString();
    }

    private static InvalidFieldException invalid(String message) {
        return new InvalidFieldException(HEADER, message);
    }

    /** SHA-256 (hex) of the method, the path with its query, and the body's bytes as received. */
    public static String fingerprint(String method, String path, byte[] body) {
        MessageDigest digest = sha256();
        digest.update(method.getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ' ');
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The transaction-level advisory lock a request holds while it works under a key: the first 64 bits of SHA-256 of
     * the caller's org unit, user and key (a collision only makes an unrelated concurrent retry answer 409).
     */
    public static long lockId(String orgUnit, String actor, String key) {
        MessageDigest digest = sha256();
        for (String part : new String[] { "idempotency", orgUnit, actor, key }) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
