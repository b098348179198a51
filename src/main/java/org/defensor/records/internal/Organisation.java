package org.defensor.records.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.encryption.SealedText;
import org.defensor.records.OrganisationKind;
import org.defensor.records.RegistrationStatus;
import org.defensor.shared.Confidentiality;
import org.hibernate.annotations.Filter;
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

/** An NGO, initiative, State body, court, police department, party or group. */
@Entity
@Table(name = "organisation")
@Indexed(index = "organisation")
public class Organisation extends RecordEntity {

    @FullTextField(name = "title", analyzer = "text", projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @KeywordField(name = LIST_NAME, normalizer = NAME_NORMALIZER, sortable = Sortable.YES)
    @Convert(converter = SealedText.class)
    // Names are also matched with fuzziness (spelling variants, transliterations), unstemmed.
    @FullTextField(name = "name", analyzer = "nameWords")
    String name;

    @ElementCollection
    @CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    List<NameColumns> otherNames = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @KeywordField(name = "organisationKind", aggregable = Aggregable.YES)
    OrganisationKind kind;

    @KeywordField(aggregable = Aggregable.YES)
    String country;

    @Convert(converter = SealedText.class)
    String city;

    @Enumerated(EnumType.STRING)
    RegistrationStatus registrationStatus;

    UUID parentId;

    @Convert(converter = SealedText.class)
    String description;

    @Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_SOURCE)
    @ElementCollection
    @CollectionTable(name = "organisation_citation", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    List<CitationColumns> sources = new ArrayList<>();

    protected Organisation() {}

    Organisation(UUID id) {
        super(id);
    }

    public String getName() {
        return name;
    }

    /** The name, for an index document at {@code level}: none when this record is more confidential. */
    public String nameWithin(Confidentiality level) {
        return within(level) ? getName() : null;
    }

    @FullTextField(name = "text", analyzer = "text", highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchText() {
        return SearchText.join(otherNames.stream().map(NameColumns::name).toList(),
                kind == null ? null : kind.label(), city, description);
    }
}
