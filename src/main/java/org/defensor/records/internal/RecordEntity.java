package org.defensor.records.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.clearance.IndexClearance;
import org.defensor.shared.Confidentiality;
import org.hibernate.annotations.Filter;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** What every top-level record has: an id, a lock version, a confidentiality level and timestamps. */
@MappedSuperclass
@Filter(name = ClearanceFilter.NAME)
public abstract class RecordEntity {
    /** The index field record lists match {@code q} on and sort by: the name or title, lower-cased, accents folded. */
    public static final String LIST_NAME = "listName";

    /** The index field record lists sort by last, as SQL sorted by the id column. */
    public static final String LIST_ID = org.defensor.records.IndexFields.ID;

    /** The normalizer of {@link #LIST_NAME}, declared by the search module's analysis configurers. */
    public static final String NAME_NORMALIZER = "name";

    @Id
    @DocumentId
    @GenericField(name = LIST_ID, sortable = Sortable.YES, searchable = Searchable.NO)
    UUID id;

    @Version
    // Projectable, so that the check at start can tell an outdated document (IndexReconciliation).
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    long version;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = IndexClearance.FIELD)
    Confidentiality confidentiality = Confidentiality.RESTRICTED;

    @Column(name = "created_at")
    Instant createdAt;

    // Indexed so that any change to a record rebuilds its document, derived fields included.
    @Column(name = "updated_at")
    @GenericField
    Instant updatedAt;

    protected RecordEntity() {}

    protected RecordEntity(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    /** Whether a document or page at {@code level} may carry this record's text (a method, so that a proxy answers too). */
    public boolean within(Confidentiality level) {
        return getConfidentiality().compareTo(level) <= 0;
    }

    void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
