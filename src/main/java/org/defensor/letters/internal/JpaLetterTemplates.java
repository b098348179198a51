package org.defensor.letters.internal;

import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.letters.LetterTemplates;
import org.defensor.letters.TemplateData;
import org.defensor.letters.TemplateKind;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.InvalidRecordException.Violation;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.shared.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Templates in the database; every write checked (version, syntax, values used) and audited. */
@Service
@Transactional
class JpaLetterTemplates implements LetterTemplates {

    private static final String RECORD_TYPE = "letter-template";
    private static final String KIND = "letter template";
    private static final int MAX_LABEL = 200;
    private static final int MAX_TEXT = 20000;
    private static final String QUESTION_PREFIX = "question.";

    private final EntityManager em;
    private final AuditTrail audit;

    JpaLetterTemplates(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TemplateData> list() {
        return em.createQuery("select t from LetterTemplate t", LetterTemplate.class).getResultList().stream()
                .sorted(Comparator.comparing((LetterTemplate t) -> t.kind).thenComparingInt(t -> t.position)
                        .thenComparing(t -> t.key))
                .map(LetterTemplate::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TemplateData get(String key) {
        return load(key).view();
    }

    @Override
    @Transactional(readOnly = true)
    public String fill(String key, Map<String, ?> values) {
        return Wording.fill(load(key).text, values);
    }

    @Override
    public TemplateData update(String key, TemplateData data) {
        LetterTemplate template = load(key);
        required(data);
        List<Violation> violations = new ArrayList<>();
        if (data.key() != null && !data.key().equals(key)) {
            violations.add(new Violation("key", "does not match the template being updated (" + key + ")"));
        }
        if (data.kind() != null && data.kind() != template.kind) {
            violations.add(new Violation("kind", "cannot change: " + key + " is a " + template.kind + " template"));
        }
        if (data.version() == null) {
            violations.add(new Violation("version",
                    "is required: send the version you read, so that no one else's change is overwritten"));
        }
        violations.addAll(check(template.kind, key, data));
        throwIfAny(violations);
        if (data.version() != template.version) {
            throw new StaleVersionException(KIND, key, data.version(), template.version);
        }
        TemplateData before = template.view();
        template.label = data.label().strip();
        template.text = data.text();
        em.flush();
        TemplateData after = template.view();
        audit.record("update", RECORD_TYPE, key, before, after);
        return after;
    }

    @Override
    public TemplateData addQuestion(TemplateData data) {
        required(data);
        List<Violation> violations = new ArrayList<>();
        if (data.kind() != null && data.kind() != TemplateKind.QUESTION) {
            violations.add(new Violation("kind", "must be QUESTION: only questions can be added"));
        }
        int position = nextPosition(TemplateKind.QUESTION);
        String key = data.key() == null || data.key().isBlank() ? keyFor(data.label(), position) : data.key().strip();
        if (!key.matches("question\\.[a-z0-9]+(-[a-z0-9]+)*") || key.length() > 100) {
            violations.add(new Violation("key", "must be 'question.' and then lower-case letters, digits and single hyphens"
                    + " (at most 100 characters in all)"));
        } else if (em.find(LetterTemplate.class, key) != null) {
            violations.add(new Violation("key", "'" + key + "' is taken: choose another label or key"));
        }
        violations.addAll(check(TemplateKind.QUESTION, key, data));
        throwIfAny(violations);
        return create(new TemplateData(key, TemplateKind.QUESTION, data.label(), data.text(), null), position);
    }

    @Override
    public void removeQuestion(String key, long version) {
        LetterTemplate template = load(key);
        if (template.kind != TemplateKind.QUESTION) {
            throw new InvalidRecordException("key", key + " is wording of every letter: it can be changed but not removed");
        }
        if (version != template.version) {
            throw new StaleVersionException(KIND, key, version, template.version);
        }
        TemplateData before = template.view();
        em.remove(template);
        audit.record("delete", RECORD_TYPE, key, before, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String key) {
        // A removed question keeps its history, so only a key that never existed is unknown.
        List<AuditEntry> history = audit.history(RECORD_TYPE, key);
        if (history.isEmpty()) {
            load(key);
        }
        return history;
    }

    /**
     * Adds each default that was never offered before, after the templates of its kind. A default
     * already offered is left alone: the admin may have changed or removed it.
     */
    public void offerDefaults(List<TemplateData> defaults) {
        Set<String> offered = new HashSet<>(em.createQuery("select d.key from OfferedDefault d", String.class).getResultList());
        for (TemplateData template : defaults) {
            if (offered.contains(template.key())) {
                continue;
            }
            List<Violation> problems = check(template.kind(), template.key(), template);
            if (template.kind() == TemplateKind.WORDING && !TemplateValues.WORDING.containsKey(template.key())) {
                problems.add(new Violation("key", "is not a wording key the drafting code fills"));
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The default letter template " + template.key() + " is broken: "
                        + new InvalidRecordException(problems).getMessage());
            }
            if (em.find(LetterTemplate.class, template.key()) == null) {
                create(template, nextPosition(template.kind()));
            }
            em.persist(new OfferedDefault(template.key()));
        }
    }

    private TemplateData create(TemplateData data, int position) {
        LetterTemplate template = new LetterTemplate(data.key(), data.kind(), position);
        template.label = data.label().strip();
        template.text = data.text();
        em.persist(template);
        em.flush();
        TemplateData created = template.view();
        audit.record("create", RECORD_TYPE, data.key(), null, created);
        return created;
    }

    private LetterTemplate load(String key) {
        LetterTemplate template = key == null ? null : em.find(LetterTemplate.class, key);
        if (template == null) {
            throw new RecordNotFoundException(KIND, key);
        }
        return template;
    }

    private int nextPosition(TemplateKind kind) {
        Integer last = em.createQuery("select max(t.position) from LetterTemplate t where t.kind = :kind", Integer.class)
                .setParameter("kind", kind).getSingleResult();
        return last == null ? 0 : last + 1;
    }

    private static List<Violation> check(TemplateKind kind, String key, TemplateData data) {
        List<Violation> violations = new ArrayList<>();
        if (data.label() == null || data.label().isBlank()) {
            violations.add(new Violation("label", "is required"));
        } else if (data.label().strip().length() > MAX_LABEL) {
            violations.add(new Violation("label", "must have at most " + MAX_LABEL + " characters"));
        }
        if (data.text() == null || data.text().isBlank()) {
            violations.add(new Violation("text", "is required"));
        } else if (data.text().length() > MAX_TEXT) {
            violations.add(new Violation("text", "must have at most " + MAX_TEXT + " characters"));
        } else {
            Wording.problems(data.text(), TemplateValues.of(kind, key)).forEach(p -> violations.add(new Violation("text", p)));
        }
        return violations;
    }

    private static void required(TemplateData data) {
        if (data == null) {
            throw new InvalidRecordException("(body)", "is missing");
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(violations);
        }
    }

    /** A key made from the label ("Access to a lawyer" gives question.access-to-a-lawyer). */
    private static String keyFor(String label, int position) {
        String slug = label == null ? "" : Normalizer.normalize(label, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return QUESTION_PREFIX + (slug.isEmpty() ? "custom-" + position : slug);
    }
}
