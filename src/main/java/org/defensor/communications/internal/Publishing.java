package org.defensor.communications.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.defensor.audit.AuditTrail;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CorrectionData;
import org.defensor.communications.Publications;
import org.defensor.communications.QuestionData;
import org.defensor.communications.ReplyData;
import org.defensor.letters.Letter;
import org.defensor.letters.Part;
import org.defensor.shared.Clearance;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordChecks;
import org.defensor.shared.Redaction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing and correcting: each checks, in the same transaction as the change, the public version
 * as it would be rendered (letter and replies, redacted from the records as they are now) against
 * every CONFIDENTIAL person and organisation on record, and refuses, naming the record and the part,
 * while one would appear. Such a record is withheld when the communication names it (its persons,
 * organisations, redactions, or its incidents' parties); one only mentioned in the wording is not.
 */
@Service
@Transactional
class Publishing implements Publications {

    static final String CORRECTION = "correction";

    private final JpaCommunications communications;
    private final LetterDrafting drafting;
    private final PublicRedaction publicRedaction;
    private final EntityManager em;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;
    private final ObjectMapper json;

    Publishing(JpaCommunications communications, LetterDrafting drafting, PublicRedaction publicRedaction, EntityManager em,
               AuditTrail audit, Validator validator, Clock clock, ObjectMapper json) {
        this.communications = communications;
        this.drafting = drafting;
        this.publicRedaction = publicRedaction;
        this.em = em;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public CommunicationData publish(UUID id, long version, LocalDate published) {
        CommunicationData done = communications.publish(id, version, published);
        refuseWhileExposed(done, null);
        return done;
    }

    @Override
    public CommunicationData correct(UUID id, CorrectionRequest request) {
        RecordChecks.requireValid(validator, request);
        communications.load(id).requirePublished();
        CommunicationData before = communications.get(id);
        RecordChecks.requireVersion(JpaCommunications.KIND, id, before.version(), request.version());
        CommunicationData after = communications.correct(id, new CommunicationData(before.id(), request.version(), before.reference(),
                before.type(), before.country(), before.status(), before.drafted(), before.sent(), before.replyDays(),
                before.deadline(), before.published(), before.closed(), before.pressRelease(), before.mandateIds(),
                before.incidentIds(), before.personIds(), before.organisationIds(), before.follows(), before.redactPersonIds(),
                request.summary() != null ? request.summary() : before.summary(),
                request.facts() != null ? request.facts() : before.facts(),
                request.concerns() != null ? request.concerns() : before.concerns(),
                request.questions() != null ? request.questions() : before.questions(), before.confidentiality(), null));
        String reason = request.reason().strip();
        refuseWhileExposed(after, reason);
        Correction c = new Correction(id, corrections(id).size() + 1, LocalDate.now(clock), clock.instant(), Clearance.actor(), reason);
        c.previousSummary = before.summary();
        c.previousFacts = before.facts();
        c.previousConcerns = before.concerns();
        c.previousQuestions = questionsJson(before.questions());
        em.persist(c);
        em.flush();
        audit.record("create", CORRECTION, c.id, null, view(c));
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CorrectionData> corrections(UUID id) {
        communications.load(id);
        return em.createQuery("select c from Correction c where c.communicationId = :id order by c.number", Correction.class)
                .setParameter("id", id).getResultList().stream().map(this::view).toList();
    }

    /** What would appear of a CONFIDENTIAL record in the public version, part by part; refused when anything would. */
    private void refuseWhileExposed(CommunicationData c, String reason) {
        Redaction confidential = publicRedaction.confidential();
        if (confidential.names().isEmpty()) {
            return;
        }
        Redaction withheld = drafting.redaction(c);
        List<InvalidRecordException.Violation> exposed = new ArrayList<>();
        Letter letter = drafting.letter(c.id(), true);
        exposed(confidential, "letter.reference", letter.reference(), exposed);
        java.util.Map<org.defensor.letters.PartKind, Integer> seen = new java.util.EnumMap<>(org.defensor.letters.PartKind.class);
        for (Part part : letter.parts()) {
            int n = seen.merge(part.kind(), 1, Integer::sum);
            String where = "letter." + part.kind().name().toLowerCase(Locale.ROOT) + "[" + n + "]";
            exposed(confidential, where + ".heading", part.heading(), exposed);
            for (int p = 0; p < part.paragraphs().size(); p++) {
                exposed(confidential, where + ".paragraphs[" + (p + 1) + "]", part.paragraphs().get(p), exposed);
            }
        }
        List<ReplyData> replies = communications.replies(c.id());
        for (int r = 0; r < replies.size(); r++) {
            exposed(confidential, "replies[" + r + "].sender", withheld.apply(replies.get(r).sender()), exposed);
            exposed(confidential, "replies[" + r + "].text", withheld.apply(replies.get(r).text()), exposed);
        }
        if (reason != null) {
            exposed(confidential, "reason", withheld.apply(reason), exposed);
        }
        if (!exposed.isEmpty()) {
            throw new InvalidRecordException(exposed);
        }
    }

    private static void exposed(Redaction confidential, String where, String publicText, List<InvalidRecordException.Violation> found) {
        for (Redaction.Name name : confidential.residue(publicText)) {
            found.add(new InvalidRecordException.Violation(where, "would name the CONFIDENTIAL " + name.record()
                    + " in public: add the record to the communication's persons, organisations or redactions, or reword"));
        }
    }

    private String questionsJson(List<QuestionData> questions) {
        try {
            return json.writeValueAsString(JpaCommunications.list(questions).stream().map(QuestionData::text).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CorrectionData view(Correction c) {
        List<String> questions;
        try {
            questions = c.previousQuestions == null ? List.of() : json.readValue(c.previousQuestions, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("correction " + c.id + " holds unreadable questions", e);
        }
        return new CorrectionData(c.id, c.communicationId, c.number, c.corrected, c.at, c.by, c.reason, c.previousSummary,
                c.previousFacts, c.previousConcerns, questions);
    }
}
