package org.defensor.security.internal;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When each API token was last used, off the request path: a request only notes the instant in
 * memory (one entry per token, the latest use); every {@code defensor.api-tokens.last-used-interval}
 * (one minute) the noted uses are written in one transaction, so a token's row is written at most
 * once per interval however many requests it signs, and a read request writes nothing. The token
 * list shows the noted use at once. What a crash loses is at most one interval of last uses;
 * a graceful stop writes them. Bounded: one entry per token used since the last write.
 * Signing in never depends on this: revocation and expiry are read from the token's row each time.
 */
@Component
class TokenUses {

    private final Map<UUID, Instant> noted = new ConcurrentHashMap<>();
    private final ApiTokenRepository tokens;
    private final TransactionTemplate transactions;

    TokenUses(ApiTokenRepository tokens, PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** The token signed a request at this instant. */
    void used(UUID token, Instant at) {
        noted.merge(token, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The token's last use: the stored one, or a later one noted since. */
    Instant lastUsed(UUID token, Instant stored) {
        Instant pending = noted.get(token);
        return pending == null || (stored != null && !pending.isAfter(stored)) ? stored : pending;
    }

    /** Writes the uses noted so far; a use noted while writing waits for the next time. Returns the tokens written. */
    @Scheduled(initialDelayString = "${defensor.api-tokens.last-used-interval:PT1M}",
            fixedDelayString = "${defensor.api-tokens.last-used-interval:PT1M}")
    int write() {
        if (noted.isEmpty()) {
            return 0;
        }
        Map<UUID, Instant> batch = Map.copyOf(noted);
        transactions.executeWithoutResult(tx -> batch.forEach(tokens::recordUse));
        batch.forEach(noted::remove); // removes an entry only if no later use replaced it meanwhile
        return batch.size();
    }

    @PreDestroy
    void writeOnStop() {
        write();
    }
}
