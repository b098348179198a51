package org.defensor.records.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import org.defensor.records.PersonKind;
import org.defensor.records.PersonRole;
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

/** A person, or a group of people not named one by one. */
@Entity
@Table(name = "person")
@Indexed(index = "person")
public class Person extends RecordEntity {

    @Enumerated(EnumType.STRING)
    @KeywordField(name = "personKind")
    PersonKind kind;

    @FullTextField(name = "title", analyzer = "text", projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @KeywordField(name = LIST_NAME, normalizer = NAME_NORMALIZER, sortable = Sortable.YES)
    @Convert(converter = SealedText.class)
    // Names are also matched with fuzziness (spelling variants, transliterations), unstemmed.
    @FullTextField(name = "name", analyzer = "nameWords")
    String name;

    @ElementCollection
    @CollectionTable(name = "person_name", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    List<NameColumns> otherNames = new ArrayList<>();

    @Convert(converter = SealedText.class)
    String gender;

    @ElementCollection
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @KeywordField(name = "role", aggregable = Aggregable.YES)
    List<PersonRole> roles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "affiliation", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    List<AffiliationColumns> affiliations = new ArrayList<>();

    Integer groupSizeMin;
    Integer groupSizeMax;
    @Convert(converter = SealedText.class)
    String description;
    boolean redactInPublications;

    @Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_SOURCE)
    @ElementCollection
    @CollectionTable(name = "person_citation", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    List<CitationColumns> sources = new ArrayList<>();

    /** Each row filtered on its own level: a caller who may read the person may still not read these. */
    @Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.READABLE)
    @ElementCollection
    @CollectionTable(name = "person_detail", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    List<PersonalDetailColumns> details = new ArrayList<>();

    protected Person() {}

    Person(UUID id) {
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
                roles.stream().map(PersonRole::label).toList(), description);
    }
}
