package org.defensor.records.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.defensor.records.ActData;
import org.defensor.records.ActType;
import org.defensor.records.CitationData;
import org.defensor.records.DecisionData;
import org.defensor.records.IncidentData;
import org.defensor.records.InformationStatus;
import org.defensor.records.InvolvementData;
import org.defensor.records.InvolvementDegree;
import org.defensor.records.Outcome;
import org.defensor.records.PartyRef;
import org.defensor.records.PerpetratorType;
import org.defensor.records.ProceedingData;
import org.defensor.records.ProceedingKind;
import org.defensor.records.ProceedingPurpose;
import org.defensor.records.RelationData;
import org.defensor.records.RelationKind;
import org.defensor.records.Right;
import org.defensor.records.Theme;
import org.defensor.shared.ApproxDuration;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.Money;
import org.defensor.web.ApiProblems.FieldError;

/**
 * The incident form as the browser posts it: the incident with its acts (victims, perpetrators,
 * sources) and proceedings (decisions, sources), edited together. Dates are typed as text
 * ("2023-07-29", "2024-05", "~2024"), durations as an amount and a unit.
 */
public class IncidentForm {

    /** The unit a duration is typed in. */
    public enum Unit { MINUTES, HOURS, DAYS }

    /** A duration as typed: "3.5" hours, approximately. */
    public static class DurationInput {
        private BigDecimal amount;
        private Unit unit = Unit.HOURS;
        private boolean approximate;

        ApproxDuration toDuration() {
            if (amount == null) {
                return null;
            }
            long seconds = switch (unit) {
                case MINUTES -> 60L;
                case HOURS -> 3600L;
                case DAYS -> 86400L;
            };
            return new ApproxDuration(Duration.ofSeconds(amount.multiply(BigDecimal.valueOf(seconds)).longValue()), approximate);
        }

        static DurationInput of(ApproxDuration d) {
            DurationInput input = new DurationInput();
            if (d != null) {
                long s = d.value().toSeconds();
                input.unit = s % 86400 == 0 && s > 0 ? Unit.DAYS : s >= 3600 ? Unit.HOURS : Unit.MINUTES;
                long per = input.unit == Unit.DAYS ? 86400 : input.unit == Unit.HOURS ? 3600 : 60;
                input.amount = BigDecimal.valueOf(s).divide(BigDecimal.valueOf(per), 2, RoundingMode.HALF_UP).stripTrailingZeros();
                input.approximate = d.approximate();
            }
            return input;
        }

        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal v) { amount = v; }
        public Unit getUnit() { return unit; }
        public void setUnit(Unit v) { unit = v; }
        public boolean isApproximate() { return approximate; }
        public void setApproximate(boolean v) { approximate = v; }
    }

    /** A source cited for a fact. */
    public static class Citation {
        private String sourceId;
        private String excerpt;
        private String locator;

        static List<Citation> of(List<CitationData> data) {
            List<Citation> rows = new ArrayList<>();
            for (CitationData c : data) {
                Citation row = new Citation();
                row.sourceId = c.sourceId().toString();
                row.excerpt = c.excerpt();
                row.locator = c.locator();
                rows.add(row);
            }
            return rows;
        }

        static List<CitationData> toData(List<Citation> rows) {
            return rows.stream().filter(Objects::nonNull).filter(r -> r.sourceId != null && !r.sourceId.isBlank())
                    .map(r -> new CitationData(FormSupport.uuid(r.sourceId), FormSupport.blankToNull(r.excerpt),
                            FormSupport.blankToNull(r.locator)))
                    .toList();
        }

        public String getSourceId() { return sourceId; }
        public void setSourceId(String v) { sourceId = v; }
        public String getExcerpt() { return excerpt; }
        public void setExcerpt(String v) { excerpt = v; }
        public String getLocator() { return locator; }
        public void setLocator(String v) { locator = v; }
    }

    /** A perpetrator of an act. */
    public static class Perpetrator {
        private String party;
        private InvolvementDegree degree = InvolvementDegree.DIRECT;
        private PerpetratorType perpetratorType = PerpetratorType.UNKNOWN;
        private String note;

        public String getParty() { return party; }
        public void setParty(String v) { party = v; }
        public InvolvementDegree getDegree() { return degree; }
        public void setDegree(InvolvementDegree v) { degree = v; }
        public PerpetratorType getPerpetratorType() { return perpetratorType; }
        public void setPerpetratorType(PerpetratorType v) { perpetratorType = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** An act. */
    public static class Act {
        private String id;
        private ActType type;
        private String start;
        private String end;
        private DurationInput duration = new DurationInput();
        private String description;
        private String method;
        private String consequences;
        private List<String> victims = new ArrayList<>();
        private List<Perpetrator> perpetrators = new ArrayList<>();
        private List<Right> rights = new ArrayList<>();
        private List<String> provisions = new ArrayList<>();
        private List<Citation> sources = new ArrayList<>();

        static Act of(ActData a) {
            Act row = new Act();
            row.id = a.id().toString();
            row.type = a.type();
            row.start = FormSupport.text(a.start());
            row.end = FormSupport.text(a.end());
            row.duration = DurationInput.of(a.duration());
            row.description = a.description();
            row.method = a.method();
            row.consequences = a.consequences();
            row.victims = new ArrayList<>(a.victims().stream().map(FormSupport::party).toList());
            for (InvolvementData i : a.perpetrators()) {
                Perpetrator p = new Perpetrator();
                p.party = FormSupport.party(i.party());
                p.degree = i.degree();
                p.perpetratorType = i.perpetratorType();
                p.note = i.note();
                row.perpetrators.add(p);
            }
            row.rights = new ArrayList<>(a.rights());
            row.provisions = new ArrayList<>(a.provisions());
            row.sources = Citation.of(a.sources());
            return row;
        }

        /** A row with nothing typed in: a gap left by a removed row, or an added row never filled. */
        boolean isEmpty() {
            return type == null && victims.isEmpty() && perpetrators.isEmpty() && isBlank(description) && isBlank(start)
                    && duration.amount == null && sources.isEmpty();
        }

        ActData toData(String path, List<FieldError> errors) {
            List<InvolvementData> involvements = perpetrators.stream().filter(Objects::nonNull)
                    .filter(p -> p.party != null && !p.party.isBlank())
                    .map(p -> {
                        PartyRef ref = FormSupport.party(p.party);
                        return new InvolvementData(ref.personId(), ref.organisationId(), p.degree, p.perpetratorType,
                                FormSupport.blankToNull(p.note));
                    }).toList();
            if (type == null) {
                errors.add(new FieldError(path + ".type", "choose what was done"));
            }
            return new ActData(FormSupport.uuid(id), type, FormSupport.date(path + ".start", start, errors),
                    FormSupport.date(path + ".end", end, errors), duration.toDuration(), FormSupport.blankToNull(description),
                    FormSupport.blankToNull(method), FormSupport.blankToNull(consequences),
                    victims.stream().filter(v -> v != null && !v.isBlank()).map(FormSupport::party).toList(), involvements,
                    rights, provisions.stream().filter(p -> p != null && !p.isBlank()).toList(), Citation.toData(sources));
        }

        public String getId() { return id; }
        public void setId(String v) { id = v; }
        public ActType getType() { return type; }
        public void setType(ActType v) { type = v; }
        public String getStart() { return start; }
        public void setStart(String v) { start = v; }
        public String getEnd() { return end; }
        public void setEnd(String v) { end = v; }
        public DurationInput getDuration() { return duration; }
        public void setDuration(DurationInput v) { duration = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getMethod() { return method; }
        public void setMethod(String v) { method = v; }
        public String getConsequences() { return consequences; }
        public void setConsequences(String v) { consequences = v; }
        public List<String> getVictims() { return victims; }
        public void setVictims(List<String> v) { victims = v; }
        public List<Perpetrator> getPerpetrators() { return perpetrators; }
        public void setPerpetrators(List<Perpetrator> v) { perpetrators = v; }
        public List<Right> getRights() { return rights; }
        public void setRights(List<Right> v) { rights = v; }
        public List<String> getProvisions() { return provisions; }
        public void setProvisions(List<String> v) { provisions = v; }
        public List<Citation> getSources() { return sources; }
        public void setSources(List<Citation> v) { sources = v; }
    }

    /** A decision in a proceeding. */
    public static class Decision {
        private String id;
        private String date;
        private String authorityId;
        private String reference;
        private Outcome outcome;
        private String grounds;
        private BigDecimal fineAmount;
        private String fineCurrency;
        private DurationInput duration = new DurationInput();
        private String description;

        static Decision of(DecisionData d) {
            Decision row = new Decision();
            row.id = d.id().toString();
            row.date = FormSupport.text(d.date());
            row.authorityId = d.authorityId() == null ? null : d.authorityId().toString();
            row.reference = d.reference();
            row.outcome = d.outcome();
            row.grounds = d.grounds();
            row.fineAmount = d.fine() == null ? null : d.fine().amount();
            row.fineCurrency = d.fine() == null ? null : d.fine().currency();
            row.duration = DurationInput.of(d.duration());
            row.description = d.description();
            return row;
        }

        boolean isEmpty() {
            return outcome == null && isBlank(date) && isBlank(reference) && fineAmount == null && isBlank(grounds)
                    && duration.amount == null;
        }

        DecisionData toData(String path, List<FieldError> errors) {
            Money fine = null;
            if (fineAmount != null) {
                try {
                    fine = new Money(fineAmount, fineCurrency == null ? null : fineCurrency.strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(path + ".fine", e.getMessage()));
                }
            }
            if (outcome == null) {
                errors.add(new FieldError(path + ".outcome", "choose what was decided"));
            }
            return new DecisionData(FormSupport.uuid(id), FormSupport.date(path + ".date", date, errors),
                    FormSupport.uuid(authorityId), FormSupport.blankToNull(reference), outcome, FormSupport.blankToNull(grounds),
                    fine, duration.toDuration(), FormSupport.blankToNull(description));
        }

        public String getId() { return id; }
        public void setId(String v) { id = v; }
        public String getDate() { return date; }
        public void setDate(String v) { date = v; }
        public String getAuthorityId() { return authorityId; }
        public void setAuthorityId(String v) { authorityId = v; }
        public String getReference() { return reference; }
        public void setReference(String v) { reference = v; }
        public Outcome getOutcome() { return outcome; }
        public void setOutcome(Outcome v) { outcome = v; }
        public String getGrounds() { return grounds; }
        public void setGrounds(String v) { grounds = v; }
        public BigDecimal getFineAmount() { return fineAmount; }
        public void setFineAmount(BigDecimal v) { fineAmount = v; }
        public String getFineCurrency() { return fineCurrency; }
        public void setFineCurrency(String v) { fineCurrency = v; }
        public DurationInput getDuration() { return duration; }
        public void setDuration(DurationInput v) { duration = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    /** A proceeding. */
    public static class Proceeding {
        private String id;
        private ProceedingKind kind;
        private ProceedingPurpose purpose;
        private String title;
        private String started;
        private String filedBy;
        private String authorityId;
        private String reference;
        private List<String> concerning = new ArrayList<>();
        private List<String> provisions = new ArrayList<>();
        private String appealOf;
        private String description;
        private List<Decision> decisions = new ArrayList<>();
        private List<Citation> sources = new ArrayList<>();

        static Proceeding of(ProceedingData p) {
            Proceeding row = new Proceeding();
            row.id = p.id().toString();
            row.kind = p.kind();
            row.purpose = p.purpose();
            row.title = p.title();
            row.started = FormSupport.text(p.started());
            row.filedBy = FormSupport.party(p.filedBy());
            row.authorityId = p.authorityId() == null ? null : p.authorityId().toString();
            row.reference = p.reference();
            row.concerning = new ArrayList<>(p.concerning().stream().map(UUID::toString).toList());
            row.provisions = new ArrayList<>(p.provisions());
            row.appealOf = p.appealOf() == null ? null : p.appealOf().toString();
            row.description = p.description();
            row.decisions = new ArrayList<>(p.decisions().stream().map(Decision::of).toList());
            row.sources = Citation.of(p.sources());
            return row;
        }

        boolean isEmpty() {
            return kind == null && purpose == null && isBlank(title) && isBlank(started) && isBlank(reference)
                    && decisions.stream().allMatch(d -> d == null || d.isEmpty());
        }

        ProceedingData toData(String path, List<FieldError> errors) {
            if (kind == null) {
                errors.add(new FieldError(path + ".kind", "choose the kind of proceeding"));
            }
            if (purpose == null) {
                errors.add(new FieldError(path + ".purpose", "choose whose proceeding it is"));
            }
            List<DecisionData> decisionData = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                if (decisions.get(i) != null && !decisions.get(i).isEmpty()) {
                    decisionData.add(decisions.get(i).toData(path + ".decisions[" + i + "]", errors));
                }
            }
            return new ProceedingData(FormSupport.uuid(id), kind, purpose, FormSupport.blankToNull(title),
                    FormSupport.date(path + ".started", started, errors), FormSupport.party(filedBy), FormSupport.uuid(authorityId),
                    FormSupport.blankToNull(reference),
                    concerning.stream().filter(c -> c != null && !c.isBlank()).map(FormSupport::uuid).toList(),
                    provisions.stream().filter(p -> p != null && !p.isBlank()).toList(), FormSupport.uuid(appealOf),
                    FormSupport.blankToNull(description), decisionData, Citation.toData(sources));
        }

        public String getId() { return id; }
        public void setId(String v) { id = v; }
        public ProceedingKind getKind() { return kind; }
        public void setKind(ProceedingKind v) { kind = v; }
        public ProceedingPurpose getPurpose() { return purpose; }
        public void setPurpose(ProceedingPurpose v) { purpose = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getStarted() { return started; }
        public void setStarted(String v) { started = v; }
        public String getFiledBy() { return filedBy; }
        public void setFiledBy(String v) { filedBy = v; }
        public String getAuthorityId() { return authorityId; }
        public void setAuthorityId(String v) { authorityId = v; }
        public String getReference() { return reference; }
        public void setReference(String v) { reference = v; }
        public List<String> getConcerning() { return concerning; }
        public void setConcerning(List<String> v) { concerning = v; }
        public List<String> getProvisions() { return provisions; }
        public void setProvisions(List<String> v) { provisions = v; }
        public String getAppealOf() { return appealOf; }
        public void setAppealOf(String v) { appealOf = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public List<Decision> getDecisions() { return decisions; }
        public void setDecisions(List<Decision> v) { decisions = v; }
        public List<Citation> getSources() { return sources; }
        public void setSources(List<Citation> v) { sources = v; }
    }

    /** A relation to another incident. */
    public static class Relation {
        private String incidentId;
        private RelationKind kind = RelationKind.RELATED;

        public String getIncidentId() { return incidentId; }
        public void setIncidentId(String v) { incidentId = v; }
        public RelationKind getKind() { return kind; }
        public void setKind(RelationKind v) { kind = v; }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private Long version;
    private String title;
    private String start;
    private String end;
    private String time;
    private boolean timeApproximate;
    private String country = "KAZ";
    private String region;
    private String city;
    private String district;
    private String venue;
    private String description;
    private List<Theme> themes = new ArrayList<>();
    private InformationStatus informationStatus = InformationStatus.ALLEGED;
    private Confidentiality confidentiality = Confidentiality.RESTRICTED;
    private List<Relation> relations = new ArrayList<>();
    private List<Act> acts = new ArrayList<>();
    private List<Proceeding> proceedings = new ArrayList<>();
    private List<Citation> sources = new ArrayList<>();

    static IncidentForm of(IncidentData i) {
        IncidentForm f = new IncidentForm();
        f.version = i.version();
        f.title = i.title();
        f.start = FormSupport.text(i.start());
        f.end = FormSupport.text(i.end());
        f.time = i.time() == null ? null : i.time().toString();
        f.timeApproximate = i.timeApproximate();
        f.country = i.place().country();
        f.region = i.place().region();
        f.city = i.place().city();
        f.district = i.place().district();
        f.venue = i.place().venue();
        f.description = i.description();
        f.themes = new ArrayList<>(i.themes());
        f.informationStatus = i.informationStatus();
        f.confidentiality = i.confidentiality();
        for (RelationData r : i.relations()) {
            Relation row = new Relation();
            row.incidentId = r.incidentId().toString();
            row.kind = r.kind();
            f.relations.add(row);
        }
        f.acts = new ArrayList<>(i.acts().stream().map(Act::of).toList());
        f.proceedings = new ArrayList<>(i.proceedings().stream().map(Proceeding::of).toList());
        f.sources = Citation.of(i.sources());
        return f;
    }

    IncidentData toData(UUID id, List<FieldError> errors) {
        LocalTime timeOfDay = null;
        if (time != null && !time.isBlank()) {
            try {
                timeOfDay = LocalTime.parse(time.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("time", "'" + time + "' is not a time of day: write 20:00"));
            }
        }
        var start = FormSupport.date("start", this.start, errors);
        if (start == null && (this.start == null || this.start.isBlank())) {
            errors.add(new FieldError("start", "when did it happen? A year is enough (2017), or ~2017 if approximate"));
        }
        List<ActData> actData = new ArrayList<>();
        for (int i = 0; i < acts.size(); i++) {
            if (acts.get(i) != null && !acts.get(i).isEmpty()) {
                actData.add(acts.get(i).toData("acts[" + i + "]", errors));
            }
        }
        List<ProceedingData> proceedingData = new ArrayList<>();
        for (int i = 0; i < proceedings.size(); i++) {
            if (proceedings.get(i) != null && !proceedings.get(i).isEmpty()) {
                proceedingData.add(proceedings.get(i).toData("proceedings[" + i + "]", errors));
            }
        }
        List<RelationData> relationData = relations.stream().filter(Objects::nonNull)
                .filter(r -> r.incidentId != null && !r.incidentId.isBlank())
                .map(r -> new RelationData(FormSupport.uuid(r.incidentId), r.kind)).toList();
        return new IncidentData(id, version, title, start, FormSupport.date("end", end, errors), timeOfDay, timeApproximate,
                new IncidentData.PlaceData(FormSupport.blankToNull(country), FormSupport.blankToNull(region),
                        FormSupport.blankToNull(city), FormSupport.blankToNull(district), FormSupport.blankToNull(venue)),
                FormSupport.blankToNull(description), themes, informationStatus, confidentiality, relationData, actData,
                proceedingData, Citation.toData(sources), null);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getStart() { return start; }
    public void setStart(String v) { start = v; }
    public String getEnd() { return end; }
    public void setEnd(String v) { end = v; }
    public String getTime() { return time; }
    public void setTime(String v) { time = v; }
    public boolean isTimeApproximate() { return timeApproximate; }
    public void setTimeApproximate(boolean v) { timeApproximate = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getDistrict() { return district; }
    public void setDistrict(String v) { district = v; }
    public String getVenue() { return venue; }
    public void setVenue(String v) { venue = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public List<Theme> getThemes() { return themes; }
    public void setThemes(List<Theme> v) { themes = v; }
    public InformationStatus getInformationStatus() { return informationStatus; }
    public void setInformationStatus(InformationStatus v) { informationStatus = v; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality v) { confidentiality = v; }
    public List<Relation> getRelations() { return relations; }
    public void setRelations(List<Relation> v) { relations = v; }
    public List<Act> getActs() { return acts; }
    public void setActs(List<Act> v) { acts = v; }
    public List<Proceeding> getProceedings() { return proceedings; }
    public void setProceedings(List<Proceeding> v) { proceedings = v; }
    public List<Citation> getSources() { return sources; }
    public void setSources(List<Citation> v) { sources = v; }
}
