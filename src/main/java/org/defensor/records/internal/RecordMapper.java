package org.defensor.records.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.defensor.records.ActData;
import org.defensor.records.AffiliationData;
import org.defensor.records.CitationData;
import org.defensor.records.PersonalDetailData;
import org.defensor.records.DecisionData;
import org.defensor.records.IncidentData;
import org.defensor.records.InformationStatus;
import org.defensor.records.InvolvementData;
import org.defensor.records.InvolvementDegree;
import org.defensor.records.NameData;
import org.defensor.records.NameKind;
import org.defensor.records.OrganisationData;
import org.defensor.records.OrganisationKind;
import org.defensor.records.PartyRef;
import org.defensor.records.PerpetratorType;
import org.defensor.records.PersonData;
import org.defensor.records.PersonKind;
import org.defensor.records.ProceedingData;
import org.defensor.records.RegistrationStatus;
import org.defensor.records.RelationData;
import org.defensor.records.Reliability;
import org.defensor.records.SourceData;
import org.defensor.records.SourceKind;
import org.defensor.shared.ApproxDuration;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.Money;
import org.defensor.shared.Place;
import org.springframework.stereotype.Component;

/**
 * Copies the API records onto entities and back. Applying checks what bean validation cannot:
 * references to records that exist, provisions in the catalogue, dates in order, complete parties.
 */
@Component
public class RecordMapper {

    private final EntityManager em;

    RecordMapper(EntityManager em) {
        this.em = em;
    }

    // ---- organisations -------------------------------------------------------------------

    /** The domain rules of a organisation; ids in {@code pending} count as existing (an import's other records). */
    Violations check(OrganisationData data, UUID id, Set<UUID> pending) {
        Violations v = new Violations(pending);
        if (data.parentId() != null) {
            if (data.parentId().equals(id)) {
                v.add("parentId", "an organisation cannot be its own parent");
            } else {
                requireExists(v, "parentId", Organisation.class, data.parentId());
            }
        }
        checkCitations(v, "sources", data.sources());
        return v;
    }

    void apply(OrganisationData data, Organisation org) {
        check(data, org.id, Set.of()).throwIfAny();
        org.name = data.name().strip();
        org.otherNames = names(data.otherNames());
        org.kind = or(data.kind(), OrganisationKind.OTHER);
        org.country = data.country();
        org.city = data.city();
        org.registrationStatus = or(data.registrationStatus(), RegistrationStatus.UNKNOWN);
        org.parentId = data.parentId();
        org.description = data.description();
        org.confidentiality = or(data.confidentiality(), Confidentiality.RESTRICTED);
        org.sources = citations(data.sources());
    }

    OrganisationData view(Organisation org) {
        return new OrganisationData(org.id, org.version, org.name, nameData(org.otherNames), org.kind, org.country,
                org.city, org.registrationStatus, org.parentId, org.description, org.confidentiality,
                citationData(org.sources));
    }

    // ---- persons -------------------------------------------------------------------------

    /** The domain rules of a person; ids in {@code pending} count as existing (an import's other records). */
    Violations check(PersonData data, UUID id, Set<UUID> pending) {
        Violations v = new Violations(pending);
        List<AffiliationData> affiliations = list(data.affiliations());
        for (int i = 0; i < affiliations.size(); i++) {
            AffiliationData a = affiliations.get(i);
            requireExists(v, "affiliations[" + i + "].organisationId", Organisation.class, a.organisationId());
            v.requireOrder("affiliations[" + i + "].end", a.start(), a.end());
        }
        if (data.groupSizeMin() != null && data.groupSizeMax() != null && data.groupSizeMax() < data.groupSizeMin()) {
            v.add("groupSizeMax", "is smaller than groupSizeMin");
        }
        checkCitations(v, "sources", data.sources());
        return v;
    }

    void apply(PersonData data, Person person) {
        check(data, person.id, Set.of()).throwIfAny();
        person.kind = or(data.kind(), PersonKind.INDIVIDUAL);
        person.name = data.name().strip();
        person.otherNames = names(data.otherNames());
        person.gender = data.gender();
        person.roles = new ArrayList<>(list(data.roles()));
        person.affiliations = new ArrayList<>(list(data.affiliations()).stream().map(a -> new AffiliationColumns(
                a.organisationId(), a.role(), DateColumns.of(a.start()), DateColumns.of(a.end()))).toList());
        person.groupSizeMin = data.groupSizeMin();
        person.groupSizeMax = data.groupSizeMax();
        person.description = data.description();
        person.redactInPublications = data.redactInPublications();
        person.confidentiality = or(data.confidentiality(), Confidentiality.RESTRICTED);
        person.sources = citations(data.sources());
        person.details = new ArrayList<>(list(data.details()).stream()
                .map(d -> new PersonalDetailColumns(d.kind(), d.value().strip(), d.confidentiality())).toList());
    }

    PersonData view(Person p) {
        return new PersonData(p.id, p.version, p.kind, p.name, nameData(p.otherNames), p.gender, List.copyOf(p.roles),
                p.affiliations.stream().map(a -> new AffiliationData(a.organisationId(), a.role(),
                        DateColumns.toFuzzy(a.start()), DateColumns.toFuzzy(a.end()))).toList(),
                p.groupSizeMin, p.groupSizeMax, p.description, p.redactInPublications, p.confidentiality,
                citationData(p.sources),
                // The clearance filter leaves a hole (null) at the position of each detail above the caller's level.
                p.details.stream().filter(java.util.Objects::nonNull).map(d -> new PersonalDetailData(d.kind(), d.value(), d.confidentiality())).toList());
    }

    // ---- sources -------------------------------------------------------------------------

    void apply(SourceData data, Source source) {
        source.kind = or(data.kind(), SourceKind.OTHER);
        source.title = data.title().strip();
        source.date = DateColumns.of(data.date());
        source.reference = data.reference();
        source.reliability = or(data.reliability(), Reliability.UNKNOWN);
        source.url = data.url();
        source.fileName = data.fileName();
        source.sha256 = data.sha256();
        source.author = data.author();
        source.description = data.description();
        source.confidentiality = or(data.confidentiality(), Confidentiality.RESTRICTED);
    }

    SourceData view(Source s) {
        return new SourceData(s.id, s.version, s.kind, s.title, DateColumns.toFuzzy(s.date), s.reference,
                s.reliability, s.url, s.fileName, s.sha256, s.author, s.description, s.confidentiality);
    }

    // ---- incidents -----------------------------------------------------------------------

    /** The domain rules of a incident; ids in {@code pending} count as existing (an import's other records). */
    Violations check(IncidentData data, UUID id, Set<UUID> pending) {
        Violations v = new Violations(pending);
        if (data.start() == null || !data.start().isKnown()) {
            v.add("start", "is required: a year is enough (2017), or ~2017 when approximate");
        }
        v.requireOrder("end", data.start(), data.end());
        List<RelationData> relations = list(data.relations());
        for (int i = 0; i < relations.size(); i++) {
            UUID other = relations.get(i).incidentId();
            if (other.equals(id)) {
                v.add("relations[" + i + "].incidentId", "an incident cannot be related to itself");
            } else {
                requireExists(v, "relations[" + i + "].incidentId", Incident.class, other);
            }
        }
        List<ActData> acts = list(data.acts());
        for (int i = 0; i < acts.size(); i++) {
            checkAct(v, "acts[" + i + "]", acts.get(i));
        }
        List<ProceedingData> proceedings = list(data.proceedings());
        Set<UUID> proceedingIds = new HashSet<>();
        proceedings.stream().map(ProceedingData::id).filter(Objects::nonNull).forEach(proceedingIds::add);
        for (int i = 0; i < proceedings.size(); i++) {
            checkProceeding(v, "proceedings[" + i + "]", proceedings.get(i), proceedingIds);
        }
        checkCitations(v, "sources", data.sources());
        return v;
    }

    void apply(IncidentData data, Incident incident) {
        check(data, incident.id, Set.of()).throwIfAny();
        incident.title = data.title().strip();
        incident.start = DateColumns.of(data.start());
        incident.end = DateColumns.of(data.end());
        incident.time = data.time();
        incident.timeApproximate = data.timeApproximate();
        Place place = data.place() == null ? Place.NOWHERE : data.place().toPlace();
        incident.country = place.country();
        incident.region = place.region();
        incident.city = place.city();
        incident.district = place.district();
        incident.venue = place.venue();
        incident.description = data.description();
        incident.themes = new ArrayList<>(list(data.themes()));
        incident.informationStatus = or(data.informationStatus(), InformationStatus.ALLEGED);
        incident.confidentiality = or(data.confidentiality(), Confidentiality.RESTRICTED);
        incident.relations = new ArrayList<>(list(data.relations()).stream().map(r -> new RelationColumns(r.incidentId(), r.kind())).toList());
        incident.sources = citations(data.sources());
        syncChildren(incident.acts, list(data.acts()), a -> a.id, ActData::id, id -> new Act(id, incident), this::applyAct);
        syncChildren(incident.proceedings, list(data.proceedings()), p -> p.id, ProceedingData::id,
                id -> new Proceeding(id, incident), this::applyProceeding);
    }

    private void checkAct(Violations v, String path, ActData act) {
        v.requireOrder(path + ".end", act.start(), act.end());
        List<PartyRef> victims = list(act.victims());
        for (int i = 0; i < victims.size(); i++) {
            checkParty(v, path + ".victims[" + i + "]", victims.get(i));
        }
        List<InvolvementData> perpetrators = list(act.perpetrators());
        for (int i = 0; i < perpetrators.size(); i++) {
            checkParty(v, path + ".perpetrators[" + i + "]", perpetrators.get(i).party());
        }
        checkProvisions(v, path + ".provisions", act.provisions());
        checkCitations(v, path + ".sources", act.sources());
    }

    private void checkProceeding(Violations v, String path, ProceedingData p, Set<UUID> proceedingIds) {
        if (p.filedBy() != null && (p.filedBy().personId() != null || p.filedBy().organisationId() != null)) {
            checkParty(v, path + ".filedBy", p.filedBy());
        }
        if (p.authorityId() != null) {
            requireExists(v, path + ".authorityId", Organisation.class, p.authorityId());
        }
        List<UUID> concerning = list(p.concerning());
        for (int i = 0; i < concerning.size(); i++) {
            requireExists(v, path + ".concerning[" + i + "]", Person.class, concerning.get(i));
        }
        if (p.appealOf() != null && (p.appealOf().equals(p.id()) || !proceedingIds.contains(p.appealOf()))) {
            v.add(path + ".appealOf", "must name another proceeding of the same incident");
        }
        checkProvisions(v, path + ".provisions", p.provisions());
        checkCitations(v, path + ".sources", p.sources());
        List<DecisionData> decisions = list(p.decisions());
        for (int i = 0; i < decisions.size(); i++) {
            DecisionData d = decisions.get(i);
            if (d.authorityId() != null) {
                requireExists(v, path + ".decisions[" + i + "].authorityId", Organisation.class, d.authorityId());
            }
            if (d.date() != null && p.started() != null && d.date().isKnown() && p.started().isKnown()
                    && d.date().latest().isBefore(p.started().value())) {
                v.add(path + ".decisions[" + i + "].date", "is before the proceeding started on " + p.started().display());
            }
        }
    }

    private void checkParty(Violations v, String path, PartyRef party) {
        if (party == null || !party.isComplete()) {
            v.add(path, "must name exactly one of personId or organisationId");
        } else if (party.personId() != null) {
            requireExists(v, path + ".personId", Person.class, party.personId());
        } else {
            requireExists(v, path + ".organisationId", Organisation.class, party.organisationId());
        }
    }

    private void checkProvisions(Violations v, String path, List<String> codes) {
        List<String> all = list(codes);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == null || em.find(LegalProvision.class, all.get(i)) == null) {
                v.add(path + "[" + i + "]", "'" + all.get(i) + "' is not a provision of the legal catalogue");
            }
        }
    }

    private void checkCitations(Violations v, String path, List<CitationData> citations) {
        List<CitationData> all = list(citations);
        for (int i = 0; i < all.size(); i++) {
            requireExists(v, path + "[" + i + "].sourceId", Source.class, all.get(i).sourceId());
        }
    }

    private void requireExists(Violations v, String field, Class<?> type, UUID id) {
        if (id != null && !v.pending().contains(id) && em.find(type, id) == null) {
            v.add(field, "no " + type.getSimpleName().toLowerCase() + " with id " + id);
        }
    }

    private void applyAct(ActData data, Act act) {
        act.type = data.type();
        act.start = DateColumns.of(data.start());
        act.end = DateColumns.of(data.end());
        act.durationSeconds = data.duration() == null ? null : data.duration().value().toSeconds();
        act.durationApproximate = data.duration() == null ? null : data.duration().approximate();
        act.description = data.description();
        act.method = data.method();
        act.consequences = data.consequences();
        act.victims = new ArrayList<>(list(data.victims()).stream()
                .map(p -> new PartyColumns(ref(Person.class, p.personId()), ref(Organisation.class, p.organisationId())))
                .toList());
        act.perpetrators = new ArrayList<>(list(data.perpetrators()).stream()
                .map(p -> new InvolvementColumns(ref(Person.class, p.personId()), ref(Organisation.class, p.organisationId()),
                        or(p.degree(), InvolvementDegree.UNKNOWN), or(p.perpetratorType(), PerpetratorType.UNKNOWN), p.note()))
                .toList());
        act.rights = new ArrayList<>(list(data.rights()));
        act.provisions = new ArrayList<>(list(data.provisions()));
        act.sources = citations(data.sources());
    }

    private void applyProceeding(ProceedingData data, Proceeding p) {
        p.kind = data.kind();
        p.purpose = data.purpose();
        p.title = data.title();
        p.started = DateColumns.of(data.started());
        PartyRef filer = data.filedBy();
        p.filedBy = filer == null || !filer.isComplete() ? null
                : new PartyColumns(ref(Person.class, filer.personId()), ref(Organisation.class, filer.organisationId()));
        p.authority = ref(Organisation.class, data.authorityId());
        p.reference = data.reference();
        p.appealOf = data.appealOf();
        p.description = data.description();
        p.concerning = new ArrayList<>(list(data.concerning()));
        p.provisions = new ArrayList<>(list(data.provisions()));
        p.sources = citations(data.sources());
        syncChildren(p.decisions, list(data.decisions()), d -> d.id, DecisionData::id, id -> new Decision(id, p),
                this::applyDecision);
    }

    private void applyDecision(DecisionData data, Decision d) {
        d.date = DateColumns.of(data.date());
        d.authority = ref(Organisation.class, data.authorityId());
        d.reference = data.reference();
        d.outcome = data.outcome();
        d.grounds = data.grounds();
        d.fineAmount = data.fine() == null ? null : data.fine().amount();
        d.fineCurrency = data.fine() == null ? null : data.fine().currency();
        d.durationSeconds = data.duration() == null ? null : data.duration().value().toSeconds();
        d.durationApproximate = data.duration() == null ? null : data.duration().approximate();
        d.description = data.description();
    }

    IncidentData view(Incident i) {
        return new IncidentData(i.id, i.version, i.title, DateColumns.toFuzzy(i.start), DateColumns.toFuzzy(i.end), i.time,
                i.timeApproximate, IncidentData.PlaceData.of(new Place(i.country, i.region, i.city, i.district, i.venue)),
                i.description, List.copyOf(i.themes), i.informationStatus, i.confidentiality,
                i.relations.stream().map(r -> new RelationData(r.incidentId(), r.kind())).toList(),
                i.acts.stream().map(this::view).toList(),
                i.proceedings.stream().map(this::view).toList(),
                citationData(i.sources), i.assessAccountability());
    }

    private ActData view(Act a) {
        return new ActData(a.id, a.type, DateColumns.toFuzzy(a.start), DateColumns.toFuzzy(a.end),
                duration(a.durationSeconds, a.durationApproximate), a.description, a.method, a.consequences,
                a.victims.stream().map(v -> new PartyRef(idOf(v.person), idOf(v.organisation))).toList(),
                a.perpetrators.stream().map(p -> new InvolvementData(idOf(p.person), idOf(p.organisation), p.degree,
                        p.perpetratorType, p.note)).toList(),
                List.copyOf(a.rights), List.copyOf(a.provisions), citationData(a.sources));
    }

    private ProceedingData view(Proceeding p) {
        PartyRef filer = p.filedBy == null || (p.filedBy.person == null && p.filedBy.organisation == null) ? null
                : new PartyRef(idOf(p.filedBy.person), idOf(p.filedBy.organisation));
        return new ProceedingData(p.id, p.kind, p.purpose, p.title, DateColumns.toFuzzy(p.started), filer,
                idOf(p.authority), p.reference, List.copyOf(p.concerning), List.copyOf(p.provisions), p.appealOf,
                p.description, p.decisions.stream().map(this::view).toList(), citationData(p.sources));
    }

    private DecisionData view(Decision d) {
        Money fine = d.fineAmount == null ? null : new Money(d.fineAmount.stripTrailingZeros().scale() <= 0
                ? d.fineAmount.setScale(0) : d.fineAmount, d.fineCurrency);
        return new DecisionData(d.id, DateColumns.toFuzzy(d.date), idOf(d.authority), d.reference, d.outcome, d.grounds,
                fine, duration(d.durationSeconds, d.durationApproximate), d.description);
    }

    // ---- helpers -------------------------------------------------------------------------

    /**
     * Updates a child list in place, matching by id: existing children keep their identity (and
     * the citations that point at them), new ones are created, missing ones are removed.
     */
    private <E, D> void syncChildren(List<E> current, List<D> wanted, Function<E, UUID> entityId,
                                     Function<D, UUID> dataId, Function<UUID, E> create, Applier<D, E> apply) {
        Map<UUID, E> byId = new HashMap<>();
        current.forEach(e -> byId.put(entityId.apply(e), e));
        List<E> result = new ArrayList<>();
        for (D data : wanted) {
            UUID id = dataId.apply(data);
            E entity = id == null ? null : byId.remove(id);
            if (entity == null) {
                entity = create.apply(id == null ? UUID.randomUUID() : id);
            }
            apply.apply(data, entity);
            result.add(entity);
        }
        current.clear();
        current.addAll(result);
        for (int i = 0; i < result.size(); i++) {
            setPosition(result.get(i), i);
        }
    }

    @FunctionalInterface
    private interface Applier<D, E> {
        void apply(D data, E entity);
    }

    private static void setPosition(Object child, int position) {
        if (child instanceof Act a) {
            a.position = position;
        } else if (child instanceof Proceeding p) {
            p.position = position;
        } else if (child instanceof Decision d) {
            d.position = position;
        }
    }

    private <T> T ref(Class<T> type, UUID id) {
        return id == null ? null : em.getReference(type, id);
    }

    private static UUID idOf(Object entity) {
        if (entity instanceof RecordEntity r) {
            return r.getId();
        }
        return null;
    }

    private static ApproxDuration duration(Long seconds, Boolean approximate) {
        return seconds == null ? null : new ApproxDuration(Duration.ofSeconds(seconds), Boolean.TRUE.equals(approximate));
    }

    private static List<NameColumns> names(List<NameData> names) {
        return new ArrayList<>(list(names).stream().map(n -> new NameColumns(n.name().strip(), or(n.kind(), NameKind.ALIAS))).toList());
    }

    private static List<NameData> nameData(List<NameColumns> names) {
        return names.stream().map(n -> new NameData(n.name(), n.kind())).toList();
    }

    private static List<CitationColumns> citations(List<CitationData> citations) {
        return new ArrayList<>(list(citations).stream().map(c -> new CitationColumns(c.sourceId(), c.excerpt(), c.locator())).toList());
    }

    private static List<CitationData> citationData(List<CitationColumns> citations) {
        return citations.stream().map(c -> new CitationData(c.sourceId(), c.excerpt(), c.locator())).toList();
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(x -> x != null).toList();
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
