package org.enforcementledger.cases.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Safe retries ({@code ledger.idempotency.*}). */
@ConfigMapping(prefix = "ledger.idempotency")
public interface IdempotencySettings {

    /** How long a key and its stored response are kept; a key older than this is treated as new, then purged. */
    @WithDefault("24h")
    Duration retention();

    /** How often expired keys are purged. */
    @WithDefault("1h")
    Duration purgeInterval();
}
