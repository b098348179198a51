package org.defensor.communications.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.QuestionData;
import org.defensor.web.ApiProblems.FieldError;
import org.defensor.web.FormText;

/**
 * The edit form of a draft: what a desk words and decides before sending. What the letter is about
 * (incidents, persons, organisations, earlier letters) stays as drafted; dates and status change only
 * through the transitions. Questions are rows with a position that orders them.
 */
public class CommunicationForm {

    /** A question row; its incidents and persons travel as hidden fields so that editing the text keeps them. */
    public static class Question {
        private String position;
        private String text;
        private List<UUID> incidentIds = new ArrayList<>();
        private List<UUID> personIds = new ArrayList<>();

        static Question of(QuestionData q) {
            Question row = new Question();
            row.position = String.valueOf(q.number());
            row.text = q.text();
            row.incidentIds = new ArrayList<>(FormText.orEmpty(q.incidentIds()));
            row.personIds = new ArrayList<>(FormText.orEmpty(q.personIds()));
            return row;
        }

        boolean isBlank() {
            return FormText.trimmed(text) == null;
        }

        public String getPosition() { return position; }
        public void setPosition(String v) { position = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
        public List<UUID> getIncidentIds() { return incidentIds; }
        public void setIncidentIds(List<UUID> v) { incidentIds = v; }
        public List<UUID> getPersonIds() { return personIds; }
        public void setPersonIds(List<UUID> v) { personIds = v; }
    }

    /** A question row with the position read from its text, for ordering. */
    private record Ordered(int row, Integer position, Question question) {}

    private Long version;
    private String reference;
    private CommunicationType type;
    private String country;
    private String replyDays;
    private String pressRelease;
    private List<UUID> mandateIds = new ArrayList<>();
    private List<UUID> redactPersonIds = new ArrayList<>();
    private String summary;
    private String facts;
    private String concerns;
    private List<Question> questions = new ArrayList<>();

    static CommunicationForm of(CommunicationData c) {
        CommunicationForm form = new CommunicationForm();
        form.version = c.version();
        form.reference = c.reference();
        form.type = c.type();
        form.country = c.country();
        form.replyDays = c.replyDays() == null ? null : String.valueOf(c.replyDays());
        form.pressRelease = FormText.text(c.pressRelease());
        form.mandateIds = new ArrayList<>(FormText.orEmpty(c.mandateIds()));
        form.redactPersonIds = new ArrayList<>(FormText.orEmpty(c.redactPersonIds()));
        form.summary = c.summary();
        form.facts = c.facts();
        form.concerns = c.concerns();
        form.questions = new ArrayList<>(FormText.orEmpty(c.questions()).stream().map(Question::of).toList());
        return form;
    }

    /** Drops emptied question rows and the gaps removed rows leave, so that "questions[1]" is the second row shown. */
    void dropBlankRows() {
        questions = new ArrayList<>(questions.stream().filter(Objects::nonNull).filter(q -> !q.isBlank()).toList());
    }

    /**
     * The communication the form describes, on top of what it does not edit ({@code stored}). Questions
     * are numbered in the order of their positions (rows without one keep their place after the others).
     */
    CommunicationData toData(CommunicationData stored, List<FieldError> errors) {
        List<Ordered> rows = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            rows.add(new Ordered(i, FormText.number("questions[" + i + "].position", questions.get(i).position, errors), questions.get(i)));
        }
        rows.sort(Comparator.comparing(Ordered::position, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Ordered::row));
        List<QuestionData> ordered = new ArrayList<>();
        for (Ordered row : rows) {
            Question q = row.question();
            ordered.add(new QuestionData(ordered.size() + 1, q.text.strip(), q.incidentIds, q.personIds));
        }
        String code = FormText.trimmed(country);
        return new CommunicationData(stored.id(), version, FormText.trimmed(reference), type,
                code == null ? null : code.toUpperCase(java.util.Locale.ROOT), null, null, null,
                FormText.number("replyDays", replyDays, errors), null, null, null,
                FormText.date("pressRelease", pressRelease, errors), mandateIds, stored.incidentIds(), stored.personIds(),
                stored.organisationIds(), stored.follows(), redactPersonIds, FormText.trimmed(summary), FormText.trimmed(facts),
                FormText.trimmed(concerns), ordered, stored.confidentiality(), null);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public CommunicationType getType() { return type; }
    public void setType(CommunicationType v) { type = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getReplyDays() { return replyDays; }
    public void setReplyDays(String v) { replyDays = v; }
    public String getPressRelease() { return pressRelease; }
    public void setPressRelease(String v) { pressRelease = v; }
    public List<UUID> getMandateIds() { return mandateIds; }
    public void setMandateIds(List<UUID> v) { mandateIds = v; }
    public List<UUID> getRedactPersonIds() { return redactPersonIds; }
    public void setRedactPersonIds(List<UUID> v) { redactPersonIds = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getFacts() { return facts; }
    public void setFacts(String v) { facts = v; }
    public String getConcerns() { return concerns; }
    public void setConcerns(String v) { concerns = v; }
    public List<Question> getQuestions() { return questions; }
    public void setQuestions(List<Question> v) { questions = v; }
}
