package org.defensor.dataset.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.defensor.dataset.Dataset;
import org.defensor.records.ActData;
import org.defensor.records.ActType;
import org.defensor.records.CitationData;
import org.defensor.records.DecisionData;
import org.defensor.records.IncidentData;
import org.defensor.records.InformationStatus;
import org.defensor.records.InvolvementData;
import org.defensor.records.InvolvementDegree;
import org.defensor.records.NameData;
import org.defensor.records.NameKind;
import org.defensor.records.OrganisationData;
import org.defensor.records.OrganisationKind;
import org.defensor.records.Outcome;
import org.defensor.records.PartyRef;
import org.defensor.records.PerpetratorType;
import org.defensor.records.PersonData;
import org.defensor.records.PersonKind;
import org.defensor.records.PersonRole;
import org.defensor.records.ProceedingData;
import org.defensor.records.ProceedingKind;
import org.defensor.records.ProceedingPurpose;
import org.defensor.records.RegistrationStatus;
import org.defensor.records.Reliability;
import org.defensor.records.Right;
import org.defensor.records.SourceData;
import org.defensor.records.SourceKind;
import org.defensor.records.Theme;
import org.defensor.shared.ApproxDuration;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.DatePrecision;
import org.defensor.shared.FuzzyDate;
import org.defensor.shared.Money;

/**
 * Realistic random records for benchmarks, the same for the same seed: defenders with
 * transliterated names, State bodies, incidents with acts, complaints and cases, decisions.
 */
final class SyntheticData {

    private static final String[] GIVEN = {"Aigerim", "Dana", "Gulnara", "Zhanna", "Asel", "Saule", "Madina", "Aliya", "Botagoz",
            "Yerlan", "Nurlan", "Daniyar", "Askar", "Timur", "Marat", "Olga", "Irina", "Svetlana"};
    private static final String[] FAMILY = {"Akhmetova", "Bekova", "Serikbayeva", "Tulegenova", "Zhumabayeva", "Kassymova",
            "Nurpeisova", "Omarova", "Sadykova", "Ibrayeva", "Karimova", "Abenova", "Yessenova", "Mukhamedova"};
    private static final String[] CITIES = {"Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Oral", "Atyrau"};
    private static final String[] DISTRICTS = {"Bostandyk", "Medeu", "Almalinsky", "Auezov", "Turksib", "Zhetysu", "Nauryzbay"};
    private static final String[] VENUES = {"hotel conference room", "co-working space", "office of the organisation",
            "city square", "university campus", "courthouse", "police station", "pedestrian crossing", "apartment building"};
    private static final String[] VERBS = {"disrupted", "filmed", "threatened", "insulted", "photographed", "detained",
            "followed", "questioned", "pushed", "fined", "summoned", "searched"};
    private static final String[] OBJECTS = {"a training on women's rights", "a feminist gathering", "a meeting of activists",
            "a peaceful protest against violence", "a press conference", "a screening of a documentary",
            "a workshop on digital security", "a community meeting"};
    private static final String[] AFTER = {"No criminal case was opened.", "The complaint was archived.",
            "Police refused to register the complaint.", "The investigation is still pending.",
            "The participants' identity documents were photographed.", "The attackers were released without charge.",
            "The court dismissed the appeal.", "The defenders were held for several hours without explanation."};
    private static final ActType[] ACTS = {ActType.THREAT, ActType.VERBAL_ABUSE, ActType.HATE_SPEECH, ActType.DISRUPTION_OF_EVENT,
            ActType.ARBITRARY_ARREST, ActType.POLICE_CUSTODY, ActType.PHOTOGRAPHING_IDENTITY_DOCUMENTS, ActType.FILMING_WITHOUT_CONSENT,
            ActType.SURVEILLANCE, ActType.PHYSICAL_ASSAULT, ActType.FINE, ActType.ADMINISTRATIVE_DETENTION, ActType.VENUE_REFUSAL,
            ActType.ASSEMBLY_BAN, ActType.REGISTRATION_REFUSAL, ActType.STIGMATISATION, ActType.INTIMIDATION};
    private static final Right[] RIGHTS = {Right.FREEDOM_OF_PEACEFUL_ASSEMBLY, Right.FREEDOM_OF_ASSOCIATION,
            Right.FREEDOM_OF_OPINION_AND_EXPRESSION, Right.PRIVACY, Right.LIBERTY_AND_SECURITY, Right.NON_DISCRIMINATION,
            Right.PHYSICAL_AND_MENTAL_INTEGRITY, Right.FAIR_TRIAL};
    private static final String[] PROVISIONS = {"ICCPR:9", "ICCPR:17", "ICCPR:19", "ICCPR:21", "ICCPR:22", "ICCPR:26",
            "HRD-DECLARATION:12", "UDHR:19", "UDHR:20"};
    private static final Outcome[] COMPLAINT_OUTCOMES = {Outcome.NO_ACTION_TAKEN, Outcome.REFUSED_TO_OPEN, Outcome.ARCHIVED,
            Outcome.INVESTIGATION_OPENED, Outcome.CLOSED, Outcome.FOUND_GUILTY, Outcome.SANCTION_IMPOSED};

    private final Random random;
    private final long seed;

    private SyntheticData(long seed) {
        this.random = new Random(seed);
        this.seed = seed;
    }

    static Dataset generate(int incidents, long seed) {
        return new SyntheticData(seed).dataset(incidents);
    }

    private Dataset dataset(int incidentCount) {
        List<SourceData> sources = new ArrayList<>();
        for (int i = 0; i < Math.max(1, incidentCount / 20); i++) {
            sources.add(new SourceData(id("source", i), null, pick(SourceKind.values()), "Report " + (i + 1) + " on "
                    + pick(CITIES), FuzzyDate.day(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "REF-" + (1000 + i), pick(Reliability.values()), null, null, null, null, null, Confidentiality.RESTRICTED));
        }
        List<OrganisationData> organisations = new ArrayList<>();
        for (int i = 0; i < Math.max(4, incidentCount / 50); i++) {
            String city = pick(CITIES);
            boolean police = i % 3 == 0;
            String name = police ? pick(DISTRICTS) + " District Police Department of " + city + " #" + i
                    : i % 3 == 1 ? "Specialised Administrative Court of " + city + " #" + i : "Feminist initiative " + i + " of " + city;
            organisations.add(new OrganisationData(id("org", i), null, name, List.of(), police ? OrganisationKind.POLICE_DEPARTMENT
                    : i % 3 == 1 ? OrganisationKind.COURT : OrganisationKind.INITIATIVE, "KAZ", city,
                    i % 3 == 2 ? RegistrationStatus.REFUSED : RegistrationStatus.NOT_APPLICABLE, null, null, Confidentiality.PUBLIC,
                    List.of()));
        }
        List<PersonData> persons = new ArrayList<>();
        for (int i = 0; i < Math.max(10, incidentCount / 5); i++) {
            String family = pick(FAMILY);
            String name = pick(GIVEN) + " " + family;
            boolean group = i % 10 == 9;
            persons.add(new PersonData(id("person", i), null, group ? PersonKind.GROUP : PersonKind.INDIVIDUAL,
                    group ? "a group of approximately " + (3 + random.nextInt(30)) + " unknown men" : name,
                    group ? List.of() : List.of(new NameData(family.replace("yeva", "eva").replace("ayeva", "aeva"),
                            NameKind.TRANSLITERATION)),
                    null, group ? List.of(PersonRole.COUNTER_ACTIVIST) : List.of(PersonRole.WOMAN_HUMAN_RIGHTS_DEFENDER),
                    List.of(), null, null, null, false, random.nextInt(10) == 0 ? Confidentiality.CONFIDENTIAL : Confidentiality.RESTRICTED,
                    List.of(), List.of()));
        }
        List<IncidentData> incidents = new ArrayList<>();
        for (int i = 0; i < incidentCount; i++) {
            incidents.add(incident(i, persons, organisations, sources));
        }
        return new Dataset(Dataset.FORMAT, Dataset.VERSION, sources, organisations, persons, incidents, List.of(), List.of());
    }

    private IncidentData incident(int n, List<PersonData> persons, List<OrganisationData> organisations, List<SourceData> sources) {
        UUID id = id("incident", n);
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 11));
        DatePrecision precision = random.nextInt(8) == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
        FuzzyDate start = new FuzzyDate(day, precision);
        String city = pick(CITIES);
        String district = pick(DISTRICTS);
        PersonData victim = pick(persons);
        OrganisationData police = organisations.get(3 * random.nextInt(Math.max(1, organisations.size() / 3)));
        OrganisationData court = organisations.get(Math.min(organisations.size() - 1, 1 + 3 * random.nextInt(Math.max(1, organisations.size() / 3))));
        String description = victim.name() + " reported that " + pick(VERBS) + " " + pick(OBJECTS) + " in " + district + " district of "
                + city + ". " + pick(AFTER) + " " + pick(AFTER);
        CitationData citation = new CitationData(pick(sources).id(), description.substring(0, Math.min(80, description.length())), "p. "
                + (1 + random.nextInt(40)));
        List<ActData> acts = new ArrayList<>();
        for (int a = 0; a < 1 + random.nextInt(4); a++) {
            ActType type = pick(ACTS);
            boolean state = random.nextBoolean();
            PartyRef perpetrator = state ? PartyRef.organisation(police.id()) : PartyRef.person(pick(persons).id());
            acts.add(new ActData(childId(id, "act", a), type, start, null,
                    type == ActType.POLICE_CUSTODY ? new ApproxDuration(Duration.ofMinutes(30L * (1 + random.nextInt(12))), true) : null,
                    type.label() + " of " + victim.name() + " by " + (state ? "police officers" : "unknown individuals"), null, null,
                    List.of(PartyRef.person(victim.id())),
                    List.of(new InvolvementData(perpetrator.personId(), perpetrator.organisationId(), InvolvementDegree.DIRECT,
                            state ? PerpetratorType.STATE_AGENT : random.nextBoolean() ? PerpetratorType.STATE_AFFILIATED
                                    : PerpetratorType.NON_STATE_ACTOR, null)),
                    List.of(pick(RIGHTS)), List.of(pick(PROVISIONS)), List.of(citation)));
        }
        List<ProceedingData> proceedings = new ArrayList<>();
        if (random.nextInt(3) > 0) {
            UUID complaint = childId(id, "proceeding", 0);
            proceedings.add(new ProceedingData(complaint, ProceedingKind.COMPLAINT, ProceedingPurpose.ACCOUNTABILITY,
                    "Complaint to the " + police.name(), start, PartyRef.person(victim.id()), police.id(), null, List.of(), List.of(),
                    null, "Formal complaint filed at the " + police.name(),
                    List.of(new DecisionData(childId(complaint, "decision", 0), new FuzzyDate(day.plusDays(random.nextInt(60)),
                            DatePrecision.DAY), police.id(), null, pick(COMPLAINT_OUTCOMES), null, null, null, null)),
                    List.of()));
        }
        if (random.nextInt(4) == 0) {
            UUID charge = childId(id, "proceeding", 1);
            LocalDate ruling = day.plusDays(1 + random.nextInt(20));
            proceedings.add(new ProceedingData(charge, ProceedingKind.ADMINISTRATIVE_CASE, ProceedingPurpose.AGAINST_DEFENDER,
                    "Administrative case against " + victim.name(), start, null, court.id(), "No. " + (10000 + n), List.of(victim.id()),
                    List.of("KAZ-CAO:488(7)"), null, null,
                    List.of(new DecisionData(childId(charge, "decision", 0), new FuzzyDate(ruling, DatePrecision.DAY), court.id(), null,
                            Outcome.FINED, "Organising an unauthorised assembly", new Money(BigDecimal.valueOf(50_000L * (1 + random.nextInt(8))),
                            "KZT"), null, null)),
                    List.of()));
        }
        return new IncidentData(id, null, pick(ACTS).label() + " in " + city + " (" + day.getYear() + ", #" + n + ")", start,
                null, random.nextBoolean() ? LocalTime.of(8 + random.nextInt(12), 0) : null, random.nextBoolean(),
                new IncidentData.PlaceData("KAZ", null, city, district, pick(VENUES)), description,
                List.of(pick(Theme.values())), random.nextInt(5) == 0 ? InformationStatus.CONFIRMED : InformationStatus.ALLEGED,
                random.nextInt(20) == 0 ? Confidentiality.CONFIDENTIAL : Confidentiality.RESTRICTED, List.of(), acts, proceedings,
                List.of(citation), null);
    }

    private UUID id(String kind, int n) {
        return KeyedUuidDeserializer.fromKey("synthetic/" + seed + "/" + kind + "/" + n);
    }

    private static UUID childId(UUID parent, String kind, int n) {
        return KeyedUuidDeserializer.fromKey(parent + "/" + kind + "/" + n);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
