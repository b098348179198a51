package org.defensor.records.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.encryption.SealedText;
import org.defensor.records.Accountability;
import org.defensor.records.AccountabilityRule;
import org.defensor.records.InformationStatus;
import org.defensor.records.Theme;
import org.defensor.shared.FuzzyDate;
import org.hibernate.annotations.Filter;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An incident: the aggregate of its acts and proceedings, edited and versioned as one. */
@Entity
@Table(name = "incident")
@Indexed(index = "incident")
public class Incident extends RecordEntity {

    @FullTextField(name = "title", analyzer = "text", projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @KeywordField(name = LIST_NAME, normalizer = NAME_NORMALIZER, sortable = Sortable.YES)
    @Convert(converter = SealedText.class)
    String title;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "start_value"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    DateColumns start;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "end_value"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    DateColumns end;

    @Column(name = "time_of_day")
    LocalTime time;

    boolean timeApproximate;

    @KeywordField(aggregable = Aggregable.YES)
    String country;

    @Convert(converter = SealedText.class)
    String region;
    @Convert(converter = SealedText.class)
    String city;
    @Convert(converter = SealedText.class)
    String district;
    @Convert(converter = SealedText.class)
    String venue;
    @Convert(converter = SealedText.class)
    String description;

    @ElementCollection
    @CollectionTable(name = "incident_theme", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    @KeywordField(name = "theme", aggregable = Aggregable.YES)
    List<Theme> themes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    InformationStatus informationStatus;

    @ElementCollection
    @CollectionTable(name = "incident_relation", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    List<RelationColumns> relations = new ArrayList<>();

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<Act> acts = new ArrayList<>();

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<Proceeding> proceedings = new ArrayList<>();

    @Filter(name = ClearanceFilter.NAME, condition = ClearanceFilter.VIA_SOURCE)
    @ElementCollection
    @CollectionTable(name = "incident_citation", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    List<CitationColumns> sources = new ArrayList<>();

    protected Incident() {}

    Incident(UUID id) {
        super(id);
    }

    public String getTitle() {
        return title;
    }

    public FuzzyDate getStart() {
        return DateColumns.toFuzzy(start);
    }

    /** The derived accountability status: see {@link AccountabilityRule}. */
    public AccountabilityRule.Assessment assessAccountability() {
        return AccountabilityRule.assess(proceedings.stream().map(Proceeding::facts).toList());
    }

    // Derived index fields: recomputed whenever the incident's document is rebuilt, which every
    // save does (updatedAt changes), so they need no change tracking of their own.

    @KeywordField(name = "accountability", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Accountability getAccountability() {
        return assessAccountability().status();
    }

    @GenericField(name = "year", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Integer getYear() {
        return start == null || start.value() == null ? null : start.value().getYear();
    }

    @GenericField(name = "date", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public LocalDate getDate() {
        return start == null ? null : start.value();
    }

    @KeywordField(name = "actType", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getActTypes() {
        return distinct(acts.stream().map(a -> a.type.name()));
    }

    @KeywordField(name = "perpetratorType", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getPerpetratorTypes() {
        return distinct(acts.stream().flatMap(a -> a.perpetrators.stream())
                .map(p -> p.perpetratorType).filter(Objects::nonNull).map(Enum::name));
    }

    @KeywordField(name = "right", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getRights() {
        return distinct(acts.stream().flatMap(a -> a.rights.stream()).map(Enum::name));
    }

    @FullTextField(name = "text", analyzer = "text", highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchText() {
        return SearchText.join(description, venue, district, city,
                flat(acts, a -> a.searchText(confidentiality)), flat(proceedings, p -> p.searchText(confidentiality)));
    }

    private static <T> List<String> flat(Collection<T> items, Function<T, String> text) {
        return items.stream().map(text).toList();
    }

    private static List<String> distinct(Stream<String> values) {
        return values.distinct().sorted().toList();
    }
}
