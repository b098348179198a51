package org.defensor.communications.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.defensor.audit.AuditTrail;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationFilter;
import org.defensor.communications.CommunicationStatus;
import org.defensor.communications.Communications;
import org.defensor.communications.Drafting;
import org.defensor.communications.QuestionData;
import org.defensor.communications.Tracking;
import org.defensor.letters.Letter;
import org.defensor.letters.LetterFormat;
import org.defensor.letters.LetterRenderer;
import org.defensor.letters.LetterTemplates;
import org.defensor.letters.Part;
import org.defensor.letters.PartKind;
import org.defensor.mandates.MandateData;
import org.defensor.mandates.Mandates;
import org.defensor.records.ActData;
import org.defensor.records.CaseFiles;
import org.defensor.records.DecisionData;
import org.defensor.records.IncidentData;
import org.defensor.records.Incidents;
import org.defensor.records.InvolvementData;
import org.defensor.records.PartyRef;
import org.defensor.records.Persons;
import org.defensor.records.ProceedingData;
import org.defensor.records.ProvisionData;
import org.defensor.records.References;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.shared.Redaction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles letters from records. The facts are written into the draft (so the desk can edit them
 * and the letter sent stays as sent); the header, capacities, earlier letters, signatures and annex
 * are assembled when the letter is rendered, from the mandates and the chain.
 */
@Service
@Transactional(readOnly = true)
class LetterDrafting implements Drafting {

    private final AuditTrail audit;

    /** In the stored facts, a line starting with this opens one incident's block; the rest of the line is its heading. */
    static final String INCIDENT_MARK = "### ";
    private static final List<String> DEFAULT_QUESTIONS = List.of("question.comments", "question.accountability");
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Communications communications;
    private final Tracking tracking;
    private final Incidents incidents;
    private final Persons persons;
    private final CaseFiles caseFiles;
    private final Mandates mandates;
    private final LetterTemplates templates;
    private final LetterRenderer renderer;
    private final PublicRedaction publicRedaction;
    private final RecommendationAnnex recommendationAnnex;

    LetterDrafting(Communications communications, Tracking tracking, Incidents incidents, Persons persons, CaseFiles caseFiles,
                   Mandates mandates, LetterTemplates templates, LetterRenderer renderer, PublicRedaction publicRedaction,
                   RecommendationAnnex recommendationAnnex, AuditTrail audit) {
        this.audit = audit;
        this.recommendationAnnex = recommendationAnnex;
        this.communications = communications;
        this.tracking = tracking;
        this.incidents = incidents;
        this.persons = persons;
        this.caseFiles = caseFiles;
        this.mandates = mandates;
        this.templates = templates;
        this.renderer = renderer;
        this.publicRedaction = publicRedaction;
    }

    @Override
    @Transactional
    public CommunicationData draft(DraftRequest request) {
        if (request.incidentIds() == null || request.incidentIds().isEmpty()) {
            throw new InvalidRecordException("incidentIds", "choose at least one incident to write about");
        }
        // A wrong id in a request is bad input (400 naming it), not a missing page (404).
        Violations found = new Violations();
        List<IncidentData> chosen = new ArrayList<>();
        for (int i = 0; i < request.incidentIds().size(); i++) {
            try {
                chosen.add(incidents.get(request.incidentIds().get(i)));
            } catch (RecordNotFoundException e) {
                found.add("incidentIds[" + i + "]", "no incident with id " + request.incidentIds().get(i));
            }
        }
        List<UUID> givenPersons = request.personIds() == null ? List.of() : request.personIds();
        for (int i = 0; i < givenPersons.size(); i++) {
            try {
                persons.displayName(givenPersons.get(i));
            } catch (RecordNotFoundException e) {
                found.add("personIds[" + i + "]", "no person with id " + givenPersons.get(i));
            }
        }
        List<String> asked = request.questionKeys() == null || request.questionKeys().isEmpty() ? DEFAULT_QUESTIONS
                : request.questionKeys();
        for (int i = 0; i < asked.size(); i++) {
            try {
                templates.get(asked.get(i));
            } catch (RecordNotFoundException e) {
                found.add("questionKeys[" + i + "]", "no question '" + asked.get(i) + "' in the question bank");
            }
        }
        String country = request.country() != null && !request.country().isBlank()
                ? request.country().strip().toUpperCase(Locale.ROOT) : countryOf(chosen, found);
        found.throwIfAny();
        chosen.sort(Comparator.comparing(IncidentData::start).thenComparing(IncidentData::title));
        References refs = caseFiles.references(chosen);
        List<UUID> concerned = concerned(request.personIds(), chosen);
        String names = joined(concerned.stream().map(refs::name).toList());
        List<Map<String, Object>> incidentValues = chosen.stream().map(i -> Map.<String, Object>of(
                "title", i.title(), "date", i.start().display(), "place", i.place() == null ? "" : i.place().toPlace().display()))
                .toList();
        List<QuestionData> questions = new ArrayList<>();
        for (String key : asked) {
            String text = templates.fill(key, Map.of("incidents", incidentValues, "persons", names));
            boolean aboutIncidents = templates.get(key).text().contains("{{#incidents}}");
            questions.add(new QuestionData(null, text, aboutIncidents ? chosen.stream().map(IncidentData::id).toList() : List.of(),
                    concerned));
        }
        List<UUID> follows = request.follows() != null ? request.follows() : earlierAbout(chosen, concerned);
        String summary = request.summary() != null && !request.summary().isBlank() ? request.summary()
                : templates.fill("summary", Map.of("summary", "", "persons", names));
        return communications.create(new CommunicationData(null, null, null, request.type(), country, null, null,
                null, null, null, null, null, null, request.mandateIds(), chosen.stream().map(IncidentData::id).toList(),
                concerned, List.of(), follows, List.of(), summary, facts(chosen, refs),
                templates.fill("concerns", Map.of("persons", names)), questions, null, null));
    }

    /** A letter without a State named goes to the one State all its incidents took place in. */
    private static String countryOf(List<IncidentData> chosen, Violations found) {
        List<String> countries = chosen.stream().map(i -> i.place() == null ? null : i.place().country()).distinct().toList();
        if (countries.size() == 1 && countries.get(0) != null) {
            return countries.get(0);
        }
        if (!chosen.isEmpty()) {
            List<String> named = countries.stream().filter(Objects::nonNull).sorted().toList();
            found.add("country", named.isEmpty() ? "is required: the incidents name no country"
                    : "is required: the incidents are not all in one country (" + String.join(", ", named) + ")");
        }
        return null;
    }

    /** The persons given, or else the victims of the incidents' acts. */
    private static List<UUID> concerned(List<UUID> given, List<IncidentData> chosen) {
        if (given != null && !given.isEmpty()) {
            return List.copyOf(new LinkedHashSet<>(given));
        }
        Set<UUID> victims = new LinkedHashSet<>();
        chosen.forEach(i -> JpaCommunications.list(i.acts()).forEach(a -> JpaCommunications.list(a.victims()).stream()
                .map(PartyRef::personId).filter(Objects::nonNull).forEach(victims::add)));
        return List.copyOf(victims);
    }

    /** Sent communications about any of the same incidents or persons: the ones this letter follows up. */
    private List<UUID> earlierAbout(List<IncidentData> chosen, List<UUID> concerned) {
        Set<UUID> incidentIds = new LinkedHashSet<>(chosen.stream().map(IncidentData::id).toList());
        return communications.list(CommunicationFilter.ANY).stream()
                .filter(c -> c.status() != CommunicationStatus.DRAFT)
                .filter(c -> c.incidentIds().stream().anyMatch(incidentIds::contains)
                        || c.personIds().stream().anyMatch(concerned::contains))
                .sorted(Comparator.comparing(CommunicationData::sent))
                .map(CommunicationData::id).toList();
    }

    /** One block per incident, in date order: what happened, each act, each proceeding, and whether anyone was held accountable. */
    static String facts(List<IncidentData> chosen, References refs) {
        StringBuilder facts = new StringBuilder();
        for (IncidentData i : chosen) {
            facts.append(INCIDENT_MARK).append(i.start().display()).append(": ").append(i.title()).append("\n\n");
            if (i.description() != null && !i.description().isBlank()) {
                facts.append(i.description().strip()).append("\n\n");
            }
            for (ActData a : JpaCommunications.list(i.acts())) {
                facts.append(act(a, refs)).append("\n\n");
            }
            for (ProceedingData p : JpaCommunications.list(i.proceedings())) {
                facts.append(proceeding(p, refs)).append("\n\n");
            }
            if (i.accountability() != null) {
                facts.append("Accountability: ").append(i.accountability().status().label().toLowerCase(Locale.ENGLISH))
                        .append(" (").append(i.accountability().reason()).append(").\n\n");
            }
        }
        return facts.toString().strip();
    }

    private static String act(ActData a, References refs) {
        StringBuilder s = new StringBuilder(a.type().label());
        if (a.start() != null && a.start().isKnown()) {
            s.append(" on ").append(a.start().display());
        }
        List<String> victims = JpaCommunications.list(a.victims()).stream().map(refs::party).toList();
        if (!victims.isEmpty()) {
            s.append(", against ").append(joined(victims));
        }
        List<String> perpetrators = JpaCommunications.list(a.perpetrators()).stream().map(InvolvementData::party)
                .map(refs::party).toList();
        if (!perpetrators.isEmpty()) {
            s.append(", allegedly by ").append(joined(perpetrators));
        }
        if (a.duration() != null) {
            s.append(", lasting ").append(a.duration().display());
        }
        s.append('.');
        if (a.description() != null && !a.description().isBlank()) {
            s.append(' ').append(a.description().strip());
        }
        return s.toString();
    }

    private static String proceeding(ProceedingData p, References refs) {
        StringBuilder s = new StringBuilder(p.title() != null && !p.title().isBlank() ? p.title() : p.kind().label());
        if (p.started() != null && p.started().isKnown()) {
            s.append(" (").append(p.started().display()).append(')');
        }
        if (p.authorityId() != null) {
            s.append(", ").append(refs.name(p.authorityId()));
        }
        if (p.reference() != null && !p.reference().isBlank()) {
            s.append(", ref. ").append(p.reference());
        }
        s.append('.');
        for (DecisionData d : JpaCommunications.list(p.decisions())) {
            s.append(' ').append(d.date() == null ? "" : "On " + d.date().display() + ": ")
                    .append(d.outcome().label().toLowerCase(Locale.ENGLISH));
            if (d.fine() != null) {
                s.append(", fine ").append(d.fine().display());
            }
            if (d.duration() != null) {
                s.append(", ").append(d.duration().display());
            }
            if (d.grounds() != null && !d.grounds().isBlank()) {
                s.append(" (").append(d.grounds().strip()).append(')');
            }
            s.append('.');
        }
        return s.toString();
    }

    @Override
    public Letter letter(UUID communicationId, boolean redacted) {
        CommunicationData c = communications.get(communicationId);
        LocalDate date = c.sent() != null ? c.sent() : c.drafted();
        List<MandateData> senders = c.mandateIds().stream().map(mandates::get).toList();
        List<Part> parts = new ArrayList<>();
        parts.add(Part.of(PartKind.MANDATES, templates.fill("mandates", Map.of("mandates",
                joined(senders.stream().map(m -> "the " + m.title()).toList(), "; ", " and ")))));
        parts.add(Part.of(PartKind.REFERENCE, c.reference(), templates.fill("reference-note", Map.of())));
        parts.add(Part.of(PartKind.DATE, date.format(LETTER_DATE)));
        parts.add(Part.of(PartKind.SALUTATION, templates.fill("salutation", Map.of())));
        // Letters write in the mandates' capacities (their titles); a holder's own role ("Vice-Chair of ...") is for the signature.
        List<String> capacities = senders.stream().map(MandateData::title).toList();
        List<String> resolutions = senders.stream().map(m -> mandates.resolutionOn(m.id(), date).orElse(null))
                .filter(Objects::nonNull).toList();
        parts.add(Part.of(PartKind.CAPACITIES, templates.fill("capacities", Map.of("capacities",
                joined(capacities, "; ", " and "), "resolutions", joined(resolutions)))));
        List<Map<String, Object>> earlier = tracking.chain(communicationId).stream()
                .filter(link -> c.follows().contains(link.id()) && link.sent() != null)
                .map(link -> Map.<String, Object>of("reference", link.reference(), "sent", link.sent().format(LETTER_DATE),
                        "replies", link.replies().stream().map(d -> Map.of("date", d.format(LETTER_DATE))).toList()))
                .toList();
        if (!earlier.isEmpty()) {
            boolean anyReply = earlier.stream().anyMatch(e -> !((List<?>) e.get("replies")).isEmpty());
            parts.add(Part.of(PartKind.PREVIOUS, templates.fill("previous", Map.of("earlier", earlier, "anyReply", anyReply))));
        }
        if (c.summary() != null && !c.summary().isBlank()) {
            parts.add(new Part(PartKind.SUMMARY, null, paragraphs(c.summary())));
        }
        parts.add(Part.of(PartKind.FACTS, templates.fill("facts-intro", Map.of())));
        parts.addAll(factParts(c.facts()));
        List<String> concerns = new ArrayList<>(paragraphs(c.concerns()));
        concerns.add(templates.fill("questions-intro", Map.of()));
        parts.add(new Part(PartKind.CONCERNS, null, concerns));
        parts.add(new Part(PartKind.QUESTIONS, null, c.questions().stream().map(QuestionData::text).toList()));
        parts.add(Part.of(PartKind.REPLY_WINDOW, templates.fill("reply-window", Map.of("days", c.replyDays()))));
        parts.add(Part.of(PartKind.CLOSING, templates.fill("closing", Map.of())));
        parts.add(new Part(PartKind.SIGNATURES, null, senders.stream().map(m -> mandates.holderOn(m.id(), date)
                .map(h -> h.name() + "\n" + h.capacity()).orElse(m.title())).toList()));
        parts.addAll(annex(c));
        Letter letter = new Letter(c.reference(), parts);
        return redacted ? letter.redacted(redaction(c)) : letter;
    }

    /** The facts as stored: the text before the first incident block opens the facts; each block is one part. */
    static List<Part> factParts(String facts) {
        List<Part> parts = new ArrayList<>();
        if (facts == null || facts.isBlank()) {
            return parts;
        }
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : facts.split("\n", -1)) {
            if (line.startsWith(INCIDENT_MARK)) {
                if (heading != null || !body.toString().isBlank()) {
                    parts.add(new Part(PartKind.FACTS, heading, paragraphs(body.toString())));
                }
                heading = line.substring(INCIDENT_MARK.length()).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        parts.add(new Part(PartKind.FACTS, heading, paragraphs(body.toString())));
        return parts;
    }

    private List<Part> annex(CommunicationData c) {
        List<IncidentData> covered = c.incidentIds().stream().map(incidents::get).toList();
        References refs = caseFiles.references(covered);
        Map<String, List<ProvisionData>> byInstrument = new LinkedHashMap<>();
        covered.stream().flatMap(i -> JpaCommunications.list(i.acts()).stream())
                .flatMap(a -> JpaCommunications.list(a.provisions()).stream())
                .distinct()
                .map(code -> refs.provisions().get(code))
                .filter(Objects::nonNull)
                .filter(p -> !p.kind().name().startsWith("DOMESTIC"))
                .sorted(Comparator.comparing(ProvisionData::instrument).thenComparing(LetterDrafting::articleOrder))
                .forEach(p -> byInstrument.computeIfAbsent(p.instrument(), k -> new ArrayList<>()).add(p));
        List<Part> annex = new ArrayList<>();
        annex.add(Part.of(PartKind.ANNEX, templates.fill("annex-intro", Map.of())));
        byInstrument.forEach((instrument, provisions) -> annex.add(new Part(PartKind.ANNEX, instrument,
                provisions.stream().map(p -> templates.fill("annex-provision", Map.of("instrument", instrument,
                        "provision", provisionWords(p), "title", p.title() == null ? "" : p.title()))).toList())));
        annex.addAll(recommendationAnnex.parts(c.country(), covered));
        return annex;
    }

    /** "article 19(3)", "paragraph 71": how a letter's annex names a provision. */
    static String provisionWords(ProvisionData p) {
        if (p.article() != null) {
            return "article " + p.article() + (p.paragraph() == null ? "" : "(" + p.paragraph() + ")");
        }
        return p.paragraph() == null ? p.citation() : "paragraph " + p.paragraph();
    }

    /** Article numbers in numeric order: article 9 before article 19. */
    private static String articleOrder(ProvisionData p) {
        String article = p.article() == null ? "" : p.article();
        String digits = article.replaceAll("\\D.*", "");
        return (digits.isEmpty() ? "" : String.format("%06d", Integer.parseInt(digits))) + article + (p.paragraph() == null ? "" : p.paragraph());
    }

    /** Whom the public version withholds, from the records as they are now (see {@link PublicRedaction}). */
    Redaction redaction(CommunicationData c) {
        return publicRedaction.of(c);
    }

    @Override
    public byte[] render(UUID communicationId, LetterFormat format, boolean redacted) {
        byte[] letter = renderer.render(letter(communicationId, redacted), format);
        audit.recordRead("render", JpaCommunications.KIND, communicationId, format.name() + (redacted ? ", redacted" : ", with names"));
        return letter;
    }

    private static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String joined(List<String> items) {
        return joined(items, ", ", " and ");
    }

    private static String joined(List<String> items, String separator, String last) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(separator, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
