package org.enforcementledger.cases.idempotency;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.enforcementledger.cases.orgunit.OrgUnitContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Safe retries: a {@code POST} with an {@code Idempotency-Key} runs at most once per key, and its retries get the first
 * response back.
 *
 * <h2>Why a CDI interceptor</h2>
 * The guarantee is "never a duplicate", and it holds only if the key's row and the change commit or roll back
 * together. An interceptor around the resource method owns a transaction boundary of its own: it begins the JTA
 * transaction, the handler's {@code @Transactional} services join it, and it stores the response and commits once the
 * handler has returned. A {@code @ServerRequestFilter}/{@code @ServerResponseFilter} pair could not do that: the
 * handler's own {@code @Transactional} methods have committed before a response filter runs, and a transaction
 * spanning two filters would have to survive exception mappers and thread switches. The filter
 * ({@link IdempotencyKeyFilter}) is used for the one thing an interceptor cannot see: the body's bytes, for the
 * fingerprint. The interceptor runs after authentication and role checks (Quarkus REST checks them before invoking the
 * method) and before bean validation (an interceptor of lower priority), so a keyed request that is refused for any
 * reason leaves no trace.
 *
 * <h2>What happens to a keyed POST, in one transaction</h2>
 * <ol>
 * <li>The key must be 1..200 printable ASCII characters (else 400 naming the header); it is scoped to the caller's org
 * unit and user, so one town's key never answers for another.</li>
 * <li>{@code pg_try_advisory_xact_lock} on the key: if another transaction holds it, the first request is still in
 * flight: 409.</li>
 * <li>{@code INSERT … ON CONFLICT DO NOTHING} reserves the key with the request's fingerprint (SHA-256 of method, path
 * and body). If a row was there: another fingerprint is a 422 ({@code idempotency-key-reused}); the same one replays the
 * stored status, {@code Location} and body ({@link ReplayedResponse}) and the handler does not run.</li>
 * <li>The handler runs. A 2xx response is stored in the key's row; then the transaction commits, change and response
 * together.</li>
 * </ol>
 *
 * <h2>Which responses are stored</h2>
 * Only 2xx responses. Every 4xx/5xx of this service is an exception (mapped to problem+json by {@code ProblemMappers}):
 * it rolls the transaction back, the reservation with it, so a corrected retry with the same key proceeds. A non-2xx
 * {@link Response} returned without an exception would be passed through and its reservation deleted. A crash before
 * the commit leaves nothing either: the row only ever exists committed, with its response and its change.
 *
 * <h2>Case-service specifics</h2>
 * <ul>
 * <li>{@code POST /api/v1/cases} with an {@code externalRef} the town holds is a 409 naming the existing case. A keyed
 * retry of a filing that succeeded never gets there: the key's stored 201 is replayed before the handler runs. A
 * filing refused by the unique index (a concurrent request won) leaves this transaction aborted, so the winner is
 * looked up in a transaction of its own ({@code CaseService.existingCase}, {@code InspectionResource}).</li>
 * <li>The bulk import ({@code importing/ImportResource}) is {@link AcceptsIdempotencyKey.Mode#HANDLER_IS_IDEMPOTENT}:
 * {@code CaseImporter} commits each row in a transaction of its own ({@code QuarkusTransaction.requiringNew()}), so
 * that a refused row does not undo the others. Those commits would not join this transaction (a row would be
 * recorded even if the key's transaction then rolled back), and holding this transaction open around a 5,000-row
 * import would run into the transaction timeout (a 500 after the rows committed) and stall the change feeds, which
 * only read rows of transactions older than every running one. Instead a keyed import checks the key and runs
 * again on a retry: every row carries its {@code externalRef}, unique in the town, and a row already recorded is
 * reported {@code ALREADY_RECORDED} and not written twice. The retry's report differs from the first (those rows
 * are {@code ALREADY_RECORDED}, not {@code CREATED}), and the same key with another file is not refused.</li>
 * </ul>
 */
@AcceptsIdempotencyKey
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyKeyInterceptor {

    @Inject
    IdempotencyRequest request;
    @Inject
    IdempotencyStore store;
    @Inject
    OrgUnitContext caller;
    @Inject
    TransactionManager transactions;
    @Inject
    ObjectMapper objectMapper;

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        if (!invocation.getMethod().isAnnotationPresent(POST.class) || !request.keyed()) {
            return invocation.proceed();
        }
        String key = IdempotencyKeys.parse(request.headerValues());
        if (mode(invocation) == AcceptsIdempotencyKey.Mode.HANDLER_IS_IDEMPOTENT) {
            return invocation.proceed();
        }
        IdempotencyStore.Scope scope = new IdempotencyStore.Scope(caller.current(), caller.actor(), key);
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("A keyed POST must own its transaction; one is already active");
        }
        transactions.begin();
        boolean committed = false;
        try {
            if (!store.tryLock(scope)) {
                throw new IdempotencyKeyInFlightException(key);
            }
            Optional<IdempotencyStore.Stored> first = store.reserve(scope, request.fingerprint(), request.method(),
                    request.path());
            if (first.isPresent()) {
                IdempotencyStore.Stored stored = first.get();
                if (!stored.fingerprint().equals(request.fingerprint())) {
                    throw new IdempotencyKeyReusedException(key, stored.method(), stored.path());
                }
                if (stored.status() == 0) {
                    throw new IdempotencyKeyInFlightException(key);
                }
                throw new ReplayedResponse(stored);
            }
            Object result = invocation.proceed();
            store(scope, invocation, result);
            transactions.commit();
            committed = true;
            return result;
        } finally {
            if (!committed && transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        }
    }

    private static AcceptsIdempotencyKey.Mode mode(InvocationContext invocation) {
        AcceptsIdempotencyKey binding = invocation.getMethod().getAnnotation(AcceptsIdempotencyKey.class);
        if (binding == null) {
            binding = invocation.getMethod().getDeclaringClass().getAnnotation(AcceptsIdempotencyKey.class);
        }
        return binding == null ? AcceptsIdempotencyKey.Mode.STORED_RESPONSE : binding.value();
    }

    private void store(IdempotencyStore.Scope scope, InvocationContext invocation, Object result) throws Exception {
        int status;
        String location = null;
        String contentType = null;
        Object entity;
        if (result instanceof Response response) {
            status = response.getStatus();
            location = response.getLocation() == null ? null : response.getLocation().toString();
            contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
            entity = response.getEntity();
        } else {
            status = result == null ? 204 : 200;
            entity = result;
        }
        if (status < 200 || status > 299) {
            store.release(scope);
            return;
        }
        String body = null;
        if (entity != null) {
            body = entity instanceof String text ? text : objectMapper.writeValueAsString(entity);
            if (contentType == null) {
                contentType = produces(invocation);
            }
            // The body goes out as UTF-8, and Quarkus REST says so; the replay must say the same.
            MediaType type = MediaType.valueOf(contentType);
            if (!type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
                contentType = type.withCharset("UTF-8").toString();
            }
        }
        store.complete(scope, status, location, contentType, body);
    }

    private static String produces(InvocationContext invocation) {
        Produces produces = invocation.getMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = invocation.getMethod().getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces != null && produces.value().length > 0 ? produces.value()[0] : MediaType.APPLICATION_JSON;
    }
}
