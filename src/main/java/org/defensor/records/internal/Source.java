package org.defensor.records.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.defensor.encryption.SealedText;
import org.defensor.records.Reliability;
import org.defensor.records.SourceKind;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A document or other source of information. */
@Entity
@Table(name = "source")
@Indexed(index = "source")
public class Source extends RecordEntity {

    @Enumerated(EnumType.STRING)
    @KeywordField(name = "sourceKind", aggregable = Aggregable.YES)
    SourceKind kind;

    @FullTextField(name = "title", analyzer = "text", projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @KeywordField(name = LIST_NAME, normalizer = NAME_NORMALIZER, sortable = Sortable.YES)
    @Convert(converter = SealedText.class)
    String title;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "date_value"))
    @AttributeOverride(name = "precision", column = @Column(name = "date_precision"))
    DateColumns date;

    @Convert(converter = SealedText.class)
    String reference;

    @Enumerated(EnumType.STRING)
    Reliability reliability;

    @Convert(converter = SealedText.class)
    String url;
    @Convert(converter = SealedText.class)
    String fileName;
    String sha256;
    @Convert(converter = SealedText.class)
    String author;
    @Convert(converter = SealedText.class)
    String description;

    protected Source() {}

    Source(UUID id) {
        super(id);
    }

    public String getTitle() {
        return title;
    }

    @FullTextField(name = "text", analyzer = "text", highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchText() {
        return SearchText.join(reference, author, kind == null ? null : kind.label(), description);
    }
}
