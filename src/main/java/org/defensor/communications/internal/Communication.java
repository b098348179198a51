package org.defensor.communications.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
import org.defensor.communications.CommunicationStatus;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Reference;
import org.defensor.encryption.SealedText;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.InvalidRecordException;
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

/**
 * A communication to a State. Its status changes only through the named transitions, each of which
 * refuses a move from the wrong status.
 */
@Entity
@Filter(name = ClearanceFilter.NAME)
@Table(name = "communication")
@Indexed(index = "communication")
public class Communication {

    @Id
    @DocumentId
    @GenericField(name = org.defensor.records.IndexFields.ID, sortable = org.hibernate.search.engine.backend.types.Sortable.YES,
            searchable = Searchable.NO)
    UUID id;

    @Version
    // Projectable, so that the check at start can tell an outdated document (IndexReconciliation).
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    long version;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = "communicationType", aggregable = Aggregable.YES)
    CommunicationType type;

    @KeywordField(aggregable = Aggregable.YES)
    String country;

    @Column(name = "ref_number")
    int number;

    @Column(name = "ref_year")
    @GenericField(name = "year", aggregable = Aggregable.YES)
    int year;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = "communicationStatus")
    CommunicationStatus status = CommunicationStatus.DRAFT;

    LocalDate drafted;
    LocalDate sent;
    int replyDays;
    LocalDate published;
    LocalDate closed;
    LocalDate pressRelease;
    @Convert(converter = SealedText.class)
    String summary;
    @Convert(converter = SealedText.class)
    String facts;
    @Convert(converter = SealedText.class)
    String concerns;

    /** The level its author chose; {@link #confidentiality} is the effective one, never below its inputs'. */
    @Enumerated(EnumType.STRING)
    @Column(name = "declared_confidentiality")
    Confidentiality declaredConfidentiality = Confidentiality.RESTRICTED;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = org.defensor.clearance.IndexClearance.FIELD)
    Confidentiality confidentiality = Confidentiality.RESTRICTED;

    Instant createdAt;

    // Indexed so that any change, to the questions too, rebuilds the communication's document.
    @GenericField
    Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "communication_mandate", joinColumns = @JoinColumn(name = "communication_id"))
    @OrderColumn(name = "position")
    @Column(name = "mandate_id")
    List<UUID> mandates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "communication_incident", joinColumns = @JoinColumn(name = "communication_id"))
    @OrderColumn(name = "position")
    @Column(name = "incident_id")
    List<UUID> incidents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "communication_person", joinColumns = @JoinColumn(name = "communication_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    List<UUID> persons = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "communication_organisation", joinColumns = @JoinColumn(name = "communication_id"))
    @OrderColumn(name = "position")
    @Column(name = "organisation_id")
    List<UUID> organisations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "communication_follows", joinColumns = @JoinColumn(name = "communication_id"))
    @OrderColumn(name = "position")
    @Column(name = "earlier_id")
    List<UUID> follows = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "communication_redaction", joinColumns = @JoinColumn(name = "communication_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    List<UUID> redactions = new ArrayList<>();

    @OneToMany(mappedBy = "communication", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<Question> questions = new ArrayList<>();

    protected Communication() {}

    Communication(UUID id, Reference reference, LocalDate drafted, int replyDays) {
        this.id = id;
        this.type = reference.type();
        this.country = reference.country();
        this.number = reference.number();
        this.year = reference.year();
        this.drafted = drafted;
        this.replyDays = replyDays;
    }

    public UUID getId() {
        return id;
    }

    @KeywordField(name = "mandate", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getMandate() {
        return mandates.stream().map(UUID::toString).toList();
    }

    public Reference reference() {
        return new Reference(type, country, number, year);
    }

    @FullTextField(name = "title", analyzer = "text", projectable = Projectable.YES, highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchTitle() {
        return reference() + (summary == null || summary.isBlank() ? "" : ": " + firstLine(summary));
    }

    @FullTextField(name = "text", analyzer = "text", highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchText() {
        StringBuilder text = new StringBuilder();
        append(text, summary);
        append(text, facts);
        append(text, concerns);
        questions.forEach(q -> append(text, q.number() + ". " + q.text));
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(part).append('\n');
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** The status as people see it: a sent communication past its deadline is overdue. */
    public CommunicationStatus statusOn(LocalDate today) {
        return status == CommunicationStatus.SENT && deadline() != null && today.isAfter(deadline())
                ? CommunicationStatus.OVERDUE : status;
    }

    public LocalDate deadline() {
        return sent == null ? null : sent.plusDays(replyDays);
    }

    void markSent(LocalDate date, LocalDate today) {
        require(status == CommunicationStatus.DRAFT, "cannot be sent: it was already sent (" + status.label().toLowerCase() + ")");
        if (date.isBefore(drafted)) {
            throw new InvalidRecordException("sent", "is before the letter was drafted (" + drafted + ")");
        }
        if (date.isAfter(today)) {
            throw new InvalidRecordException("sent", "is in the future");
        }
        sent = date;
        status = CommunicationStatus.SENT;
    }

    void replyRecorded() {
        require(status != CommunicationStatus.DRAFT, "a draft cannot have a reply: it has not been sent");
        require(status != CommunicationStatus.CLOSED, "is closed: reopen it before recording a reply");
        if (status == CommunicationStatus.SENT) {
            status = CommunicationStatus.REPLIED;
        }
    }

    /** When the last reply is removed, a replied communication is sent again (and may be overdue). */
    void lastReplyRemoved() {
        if (status == CommunicationStatus.REPLIED) {
            status = CommunicationStatus.SENT;
        }
    }

    void publish(LocalDate date) {
        require(status != CommunicationStatus.DRAFT, "a draft cannot be published: send it first");
        require(status == CommunicationStatus.SENT || status == CommunicationStatus.REPLIED,
                "cannot be published: it is already " + status.label().toLowerCase());
        if (date.isBefore(sent)) {
            throw new InvalidRecordException("published", "is before the letter was sent (" + sent + ")");
        }
        published = date;
        status = CommunicationStatus.PUBLISHED;
    }

    /** A published communication is frozen: what was published stays as published, and a correction is a new publication. */
    void requireUnpublished() {
        require(published == null, "is published (" + published + "): a published communication is not changed;"
                + " publish a correction instead, with its reason");
    }

    /** Only a published communication is corrected; one not yet published is edited. */
    void requirePublished() {
        require(published != null, "is not published: edit it instead of correcting it");
    }

    void close(LocalDate date) {
        require(status != CommunicationStatus.DRAFT, "a draft cannot be closed: delete it instead");
        require(status != CommunicationStatus.CLOSED, "is already closed");
        if (date.isBefore(sent)) {
            throw new InvalidRecordException("closed", "is before the letter was sent (" + sent + ")");
        }
        closed = date;
        status = CommunicationStatus.CLOSED;
    }

    private static void require(boolean allowed, String reason) {
        if (!allowed) {
            throw new InvalidRecordException("status", reason);
        }
    }

    /**
     * Puts an imported communication where its record says it stands. The status must agree with the
     * dates, in the order the transitions would have set them; OVERDUE, never stored, is read as SENT.
     */
    void restore(CommunicationStatus wanted, LocalDate sentOn, LocalDate publishedOn, LocalDate closedOn, LocalDate today) {
        CommunicationStatus s = wanted == null ? CommunicationStatus.DRAFT
                : wanted == CommunicationStatus.OVERDUE ? CommunicationStatus.SENT : wanted;
        String as = "the status is " + s;
        List<InvalidRecordException.Violation> wrong = new ArrayList<>();
        if (s == CommunicationStatus.DRAFT && sentOn != null) {
            wrong.add(new InvalidRecordException.Violation("sent", "is set but " + as + ": a draft has not been sent"));
        }
        if (s != CommunicationStatus.DRAFT && sentOn == null) {
            wrong.add(new InvalidRecordException.Violation("sent", "is required: " + as));
        }
        if (sentOn != null && sentOn.isBefore(drafted)) {
            wrong.add(new InvalidRecordException.Violation("sent", "is before the letter was drafted (" + drafted + ")"));
        }
        if (sentOn != null && sentOn.isAfter(today)) {
            wrong.add(new InvalidRecordException.Violation("sent", "is in the future"));
        }
        boolean publishable = s == CommunicationStatus.PUBLISHED || s == CommunicationStatus.CLOSED;
        if (s == CommunicationStatus.PUBLISHED && publishedOn == null) {
            wrong.add(new InvalidRecordException.Violation("published", "is required: " + as));
        }
        if (!publishable && publishedOn != null) {
            wrong.add(new InvalidRecordException.Violation("published", "is set but " + as));
        }
        if (s == CommunicationStatus.CLOSED && closedOn == null) {
            wrong.add(new InvalidRecordException.Violation("closed", "is required: " + as));
        }
        if (s != CommunicationStatus.CLOSED && closedOn != null) {
            wrong.add(new InvalidRecordException.Violation("closed", "is set but " + as));
        }
        if (sentOn != null && publishedOn != null && publishedOn.isBefore(sentOn)) {
            wrong.add(new InvalidRecordException.Violation("published", "is before the letter was sent (" + sentOn + ")"));
        }
        if (sentOn != null && closedOn != null && closedOn.isBefore(sentOn)) {
            wrong.add(new InvalidRecordException.Violation("closed", "is before the letter was sent (" + sentOn + ")"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidRecordException(wrong);
        }
        status = s;
        sent = sentOn;
        published = publishedOn;
        closed = closedOn;
    }

    void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
