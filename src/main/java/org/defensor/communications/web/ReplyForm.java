package org.defensor.communications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.defensor.communications.AnswerData;
import org.defensor.communications.Assessment;
import org.defensor.communications.QuestionAssessment;
import org.defensor.communications.QuestionData;
import org.defensor.communications.ReplyData;
import org.defensor.communications.StateClaim;
import org.defensor.web.ApiProblems.FieldError;
import org.defensor.web.FormText;

/**
 * The reply form: the note verbale, its answers as repeatable rows (a passage, the questions it
 * answers, what the State claims about which incidents), and one assessment row per question of
 * the letter. Dates are typed as text so that a bad one is refused with its field.
 */
public class ReplyForm {

    /** An answer row. */
    public static class Answer {
        private String passage;
        private List<Integer> questions = new ArrayList<>();
        private StateClaim claim;
        private List<UUID> incidentIds = new ArrayList<>();

        static Answer of(AnswerData a) {
            Answer row = new Answer();
            row.passage = a.passage();
            row.questions = new ArrayList<>(FormText.orEmpty(a.questions()));
            row.claim = a.claim();
            row.incidentIds = new ArrayList<>(FormText.orEmpty(a.incidentIds()));
            return row;
        }

        boolean isBlank() {
            return FormText.trimmed(passage) == null && questions.isEmpty() && claim == null && incidentIds.isEmpty();
        }

        AnswerData toData() {
            return new AnswerData(questions, FormText.trimmed(passage), incidentIds, claim);
        }

        public String getPassage() { return passage; }
        public void setPassage(String v) { passage = v; }
        public List<Integer> getQuestions() { return questions; }
        public void setQuestions(List<Integer> v) { questions = v; }
        public StateClaim getClaim() { return claim; }
        public void setClaim(StateClaim v) { claim = v; }
        public List<UUID> getIncidentIds() { return incidentIds; }
        public void setIncidentIds(List<UUID> v) { incidentIds = v; }
    }

    /** The assessment of one question; a row left without an assessment is not recorded. */
    public static class Assessed {
        private Integer question;
        private Assessment assessment;
        private String note;

        public Integer getQuestion() { return question; }
        public void setQuestion(Integer v) { question = v; }
        public Assessment getAssessment() { return assessment; }
        public void setAssessment(Assessment v) { assessment = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    private Long version;
    private String received;
    private String dated;
    private String stateReference;
    private String sender;
    private String exhibits;
    private String text;
    private List<Answer> answers = new ArrayList<>();
    private List<Assessed> assessments = new ArrayList<>();

    /** An empty form with one answer row and an assessment row for each question of the letter. */
    static ReplyForm blank(List<QuestionData> questions) {
        ReplyForm form = new ReplyForm();
        form.answers.add(new Answer());
        form.assessRows(questions);
        return form;
    }

    static ReplyForm of(ReplyData r, List<QuestionData> questions) {
        ReplyForm form = new ReplyForm();
        form.version = r.version();
        form.received = FormText.text(r.received());
        form.dated = FormText.text(r.dated());
        form.stateReference = r.stateReference();
        form.sender = r.sender();
        form.exhibits = String.join("\n", FormText.orEmpty(r.exhibits()));
        form.text = r.text();
        form.answers = new ArrayList<>(FormText.orEmpty(r.answers()).stream().map(Answer::of).toList());
        form.assessRows(questions);
        for (QuestionAssessment a : FormText.orEmpty(r.assessments())) {
            form.assessments.stream().filter(row -> a.question().equals(row.question)).forEach(row -> {
                row.assessment = a.assessment();
                row.note = a.note();
            });
        }
        return form;
    }

    /** One assessment row per question of the letter, in its order, keeping what was already chosen. */
    void assessRows(List<QuestionData> questions) {
        List<Assessed> rows = new ArrayList<>();
        for (QuestionData q : questions) {
            Assessed row = assessments.stream().filter(Objects::nonNull).filter(a -> q.number().equals(a.question))
                    .findFirst().orElseGet(Assessed::new);
            row.question = q.number();
            rows.add(row);
        }
        assessments = rows;
    }

    /** Drops emptied answer rows and the gaps removed rows leave, so that "answers[1]" is the second row shown. */
    void dropBlankRows() {
        answers = new ArrayList<>(answers.stream().filter(Objects::nonNull).filter(a -> !a.isBlank()).toList());
    }

    ReplyData toData(UUID id, UUID communicationId, List<FieldError> errors) {
        List<QuestionAssessment> assessed = assessments.stream().filter(a -> a.assessment != null)
                .map(a -> new QuestionAssessment(a.question, a.assessment, FormText.trimmed(a.note))).toList();
        return new ReplyData(id, version, communicationId, FormText.date("received", received, errors),
                FormText.date("dated", dated, errors), FormText.trimmed(stateReference), FormText.trimmed(sender),
                FormText.lines(exhibits), FormText.trimmed(text), answers.stream().map(Answer::toData).toList(), assessed);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getReceived() { return received; }
    public void setReceived(String v) { received = v; }
    public String getDated() { return dated; }
    public void setDated(String v) { dated = v; }
    public String getStateReference() { return stateReference; }
    public void setStateReference(String v) { stateReference = v; }
    public String getSender() { return sender; }
    public void setSender(String v) { sender = v; }
    public String getExhibits() { return exhibits; }
    public void setExhibits(String v) { exhibits = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public List<Answer> getAnswers() { return answers; }
    public void setAnswers(List<Answer> v) { answers = v; }
    public List<Assessed> getAssessments() { return assessments; }
    public void setAssessments(List<Assessed> v) { assessments = v; }
}
