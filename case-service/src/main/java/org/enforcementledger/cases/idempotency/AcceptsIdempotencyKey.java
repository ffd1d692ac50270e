package org.enforcementledger.cases.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a resource class (or method) whose {@code POST} methods honour the {@code Idempotency-Key} header, through
 * {@link IdempotencyKeyInterceptor}. Every resource with a {@code POST} must carry it: {@link IdempotencyKeyFilter}
 * refuses a keyed {@code POST} to a method without it (500) rather than silently ignoring the key.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface AcceptsIdempotencyKey {

    /** How the key is honoured; a method's annotation overrides its class's. */
    @Nonbinding
    Mode value() default Mode.STORED_RESPONSE;

    enum Mode {
        /**
         * The default: one transaction holds the key's lock, its reservation, the handler's change and the stored
         * response; a retry gets the first response back (see {@link IdempotencyKeyInterceptor}).
         */
        STORED_RESPONSE,
        /**
         * For a handler that commits in transactions of its own and is safe to repeat by itself: the bulk import,
         * whose rows commit one by one and are recognised again by their {@code externalRef}. The key is checked
         * (400 when malformed) but nothing is stored; a retry runs the handler again, which records nothing twice.
         * Wrapping such a handler in the key's transaction would hold one transaction open for the whole handler:
         * past the transaction timeout, and stalling the change feeds, which read only what is older than every
         * running transaction ({@code pg_snapshot_xmin}).
         */
        HANDLER_IS_IDEMPOTENT
    }
}
