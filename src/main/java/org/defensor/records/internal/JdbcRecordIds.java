package org.defensor.records.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.defensor.records.RecordIds;
import org.defensor.shared.InvalidRecordException;
import org.hibernate.query.NativeQuery;
import org.springframework.stereotype.Component;

/** Runs in the caller's transaction (no proxy of its own: a refusal must not mark that transaction for rollback). */
@Component
class JdbcRecordIds implements RecordIds {

    private final EntityManager em;

    JdbcRecordIds(EntityManager em) {
        this.em = em;
    }

    /**
     * A native query on record_id alone: it must not flush the records an import holds back until its
     * commit, nor even dirty-check them. An auto-flush, though limited to the record_id space, first
     * checks every entity the session holds, which made a bulk write quadratic; only these queries write
     * record_id, so no pending change of the session can concern them.
     */
    private Query query(String sql) {
        Query query = em.createNativeQuery(sql);
        query.unwrap(NativeQuery.class).addSynchronizedQuerySpace("record_id");
        query.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        return query;
    }

    @Override
    public Optional<String> holder(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object> kinds = query("select kind from record_id where id = ?1").setParameter(1, id).getResultList();
        return kinds.stream().map(Object::toString).findFirst();
    }

    @Override
    public void claim(UUID id, String kind) {
        Optional<String> holder = holder(id);
        if (holder.isPresent()) {
            throw new InvalidRecordException("id", RecordIds.taken(id, holder.get()));
        }
        try {
            query("insert into record_id (id, kind) values (?1, ?2)").setParameter(1, id).setParameter(2, kind).executeUpdate();
        } catch (PersistenceException e) {
            // Claimed by a concurrent write since the look-up: the primary key refused it.
            throw new InvalidRecordException("id", RecordIds.taken(id, holder(id).orElse("another record")));
        }
    }

    @Override
    public void release(UUID id) {
        query("delete from record_id where id = ?1").setParameter(1, id).executeUpdate();
    }
}
