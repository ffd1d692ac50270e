package org.enforcementledger.report.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an RFC 9457 problem response. Bodies never carry stack traces or SQL; unexpected errors are
 * logged here with their cause and answered with a bare 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + e.kind(), e.title(), e.status(), e.getMessage(), path(uri),
                e.rule(), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return badRequest("The request has invalid fields.", errors, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e.getTargetType() != null) {
            message = "cannot be read as " + describe(e.getTargetType());
        } else {
            message = "has the wrong type";
        }
        return badRequest("The request body could not be read.",
                List.of(new Problem.FieldError(jsonPath(e), message)), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        return badRequest("The request body is not valid JSON.", null, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = e instanceof NotAllowedException || e instanceof NotSupportedException || status < 500
                ? e.getMessage()
                : "The request could not be processed.";
        return respond(new Problem("about:blank", Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error", status, detail, path(uri), null, null));
    }

    /** No token, or one that fails verification (signature, issuer, audience, expiry). */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.status(401).header("WWW-Authenticate", "Bearer").type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + "unauthenticated", "Unauthorized", 401,
                        "A valid bearer token is required (see docs/security.md).", path(uri), null, null))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : "Your roles do not allow this operation (see docs/security.md).";
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403, detail, path(uri), null, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", path(uri));
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "An unexpected error occurred; it has been logged.", path(uri), null, null));
    }

    private static Response badRequest(String detail, List<Problem.FieldError> errors, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400, detail, path(uri), null,
                errors));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** Drops the method and parameter segments of a bean-validation path: {@code register.body.name} → {@code name}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String jsonPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "BigDecimal" -> "a decimal number";
            case "Boolean", "boolean" -> "true or false";
            case "UUID" -> "a UUID";
            default -> type.getSimpleName();
        };
    }
}
