package org.defensor.communications.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.encryption.SealedText;
import org.hibernate.annotations.Filter;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** A State's reply to a communication: the note, its answers mapped to questions, and the desk's assessment of each question. */
@Entity
@Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_COMMUNICATION)
@Table(name = "reply")
@Indexed(index = "reply")
public class Reply {

    @Id
    @DocumentId
    @GenericField(name = org.defensor.records.IndexFields.ID, sortable = org.hibernate.search.engine.backend.types.Sortable.YES,
            searchable = Searchable.NO)
    UUID id;

    @Version
    // Projectable, so that the check at start can tell an outdated document (IndexReconciliation).
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "communication_id")
    Communication communication;

    LocalDate received;
    LocalDate dated;
    @Convert(converter = SealedText.class)
    String stateReference;
    @Convert(converter = SealedText.class)
    String sender;
    @Convert(converter = SealedText.class)
    String text;
    Instant createdAt;

    @GenericField
    Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "reply_exhibit", joinColumns = @JoinColumn(name = "reply_id"))
    @OrderColumn(name = "position")
    @Column(name = "title")
    @Convert(converter = SealedText.class)
    List<String> exhibits = new ArrayList<>();

    @OneToMany(mappedBy = "reply", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<Answer> answers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reply_assessment", joinColumns = @JoinColumn(name = "reply_id"))
    @OrderColumn(name = "position")
    List<AssessmentColumns> assessments = new ArrayList<>();

    protected Reply() {}

    Reply(UUID id, Communication communication) {
        this.id = id;
        this.communication = communication;
    }

    public UUID getId() {
        return id;
    }

    @FullTextField(name = "title", analyzer = "text", projectable = Projectable.YES, highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchTitle() {
        return "Reply" + (stateReference == null || stateReference.isBlank() ? "" : " " + stateReference) + " to "
                + communication.reference() + " (received " + received + ")";
    }

    @FullTextField(name = "text", analyzer = "text", highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchText() {
        StringBuilder all = new StringBuilder(text == null ? "" : text);
        answers.forEach(a -> all.append('\n').append(a.passage));
        exhibits.forEach(e -> all.append('\n').append(e));
        if (sender != null) {
            all.append('\n').append(sender);
        }
        return all.toString();
    }

    // The fields replies are filtered on are the communication's; a communication's type, country,
    // year and mandates are fixed once it is sent, which it is before any reply.
    @KeywordField(name = "country", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getCountry() {
        return communication.country;
    }

    @GenericField(name = "year", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public int getYear() {
        return communication.year;
    }

    @KeywordField(name = "communicationType", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getCommunicationType() {
        return communication.type.name();
    }

    @KeywordField(name = "mandate", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getMandate() {
        return communication.mandates.stream().map(UUID::toString).toList();
    }

    // Changing a communication's confidentiality touches its replies too (see the service), so this stays true.
    @KeywordField(name = org.defensor.clearance.IndexClearance.FIELD)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getConfidentiality() {
        return communication.confidentiality.name();
    }

    void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
