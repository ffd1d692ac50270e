package org.enforcementledger.cases.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Captures, for a {@code POST} carrying {@code Idempotency-Key}, the header and the request's fingerprint (SHA-256 of
 * method, path and the body's bytes as received) before the body is deserialised; the body is put back unchanged.
 * Requests without the header are left alone.
 *
 * <p>
 * It also refuses (500, logged) a keyed {@code POST} to a resource method not covered by
 * {@link AcceptsIdempotencyKey}: silently ignoring the key would let a retry create a duplicate.
 */
public class IdempotencyKeyFilter {

    private final IdempotencyRequest request;

    public IdempotencyKeyFilter(IdempotencyRequest request) {
        this.request = request;
    }

    @ServerRequestFilter
    public void capture(ContainerRequestContext context, ResourceInfo resource) throws IOException {
        if (!HttpMethod.POST.equals(context.getMethod())) {
            return;
        }
        List<String> values = context.getHeaders().get(IdempotencyKeys.HEADER);
        if (values == null || values.isEmpty()) {
            return;
        }
        if (!covered(resource)) {
            throw new IllegalStateException(resource.getResourceClass().getName() + "#"
                    + resource.getResourceMethod().getName() + " is a POST without @AcceptsIdempotencyKey");
        }
        byte[] body = new byte[0];
        InputStream stream = context.getEntityStream();
        if (stream != null) {
            body = stream.readAllBytes();
            context.setEntityStream(new ByteArrayInputStream(body));
        }
        String path = context.getUriInfo().getRequestUri().getRawPath();
        String query = context.getUriInfo().getRequestUri().getRawQuery();
        if (query != null) {
            path = path + "?" + query;
        }
        request.capture(values, context.getMethod(), path,
                IdempotencyKeys.fingerprint(context.getMethod(), path, body));
    }

    private static boolean covered(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        return method != null && (method.isAnnotationPresent(AcceptsIdempotencyKey.class)
                || type != null && type.isAnnotationPresent(AcceptsIdempotencyKey.class));
    }
}
