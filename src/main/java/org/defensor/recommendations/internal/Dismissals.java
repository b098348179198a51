package org.defensor.recommendations.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.defensor.recommendations.EvidenceKind;
import org.springframework.stereotype.Component;

/**
 * Dismissed suggestions, and which recommendations a record is already linked to whatever their level:
 * ids and kinds only (no prose), read past the clearance filter so that a link the caller cannot see is
 * not suggested again either.
 */
@Component
class Dismissals {

    private final EntityManager em;

    Dismissals(EntityManager em) {
        this.em = em;
    }

    void add(UUID recommendation, EvidenceKind kind, UUID target, String actor, Instant at) {
        em.createNativeQuery("insert into recommendation_dismissal (recommendation_id, kind, target_id, dismissed_by, dismissed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, recommendation).setParameter(2, kind.name()).setParameter(3, target).setParameter(4, actor)
                .setParameter(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<String> of(UUID recommendation) {
        return ((List<Object[]>) em.createNativeQuery("select kind, target_id from recommendation_dismissal where recommendation_id = ?1 "
                + "order by dismissed_at, kind, target_id").setParameter(1, recommendation).getResultList())
                .stream().map(row -> row[0] + " " + uuid(row[1])).toList();
    }

    /** Recommendations linking the record or dismissed for it, whatever their level: never suggested again. */
    @SuppressWarnings("unchecked")
    Set<UUID> excluded(EvidenceKind kind, UUID target) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Object id : em.createNativeQuery("select recommendation_id from recommendation_evidence where target_id = ?1 and kind = ?2 "
                        + "union select recommendation_id from recommendation_dismissal where target_id = ?1 and kind = ?2")
                .setParameter(1, target).setParameter(2, kind.name()).getResultList()) {
            ids.add(uuid(id));
        }
        return ids;
    }

    /** A native query's UUID: H2 may return a union's as its 16 bytes. */
    private static UUID uuid(Object value) {
        if (value instanceof byte[] bytes) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

}
