package org.defensor.recommendations.web;

import static org.defensor.web.FormText.date;
import static org.defensor.web.FormText.text;
import static org.defensor.web.FormText.trimmed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.defensor.recommendations.Mechanism;
import org.defensor.recommendations.ParagraphId;
import org.defensor.recommendations.Position;
import org.defensor.recommendations.RecommendationData;
import org.defensor.recommendations.StateCode;
import org.defensor.records.Right;
import org.defensor.records.Theme;
import org.defensor.shared.Confidentiality;
import org.defensor.web.ApiProblems.FieldError;

/**
 * The recommendation form as the browser posts it. Identifier, States and dates are typed as text,
 * so that a bad one is refused with its field; States and provisions are separated by commas or
 * spaces, affected groups one per line.
 */
public class RecommendationForm {

    private Long version;
    private Mechanism mechanism = Mechanism.UPR;
    private String document;
    private UUID sourceId;
    private String identifier;
    private String text;
    private String date;
    private String cycle;
    private String recommendingStates;
    private String stateUnderReview = "KAZ";
    private Position position;
    private String positionDate;
    private Set<Theme> themes = new LinkedHashSet<>();
    private String affectedGroups;
    private Set<Right> rights = new LinkedHashSet<>();
    private String provisions;
    private String followUpDeadline;
    private Confidentiality confidentiality = Confidentiality.PUBLIC;

    static RecommendationForm of(RecommendationData r) {
        RecommendationForm form = new RecommendationForm();
        form.version = r.version();
        form.mechanism = r.mechanism();
        form.document = r.document();
        form.sourceId = r.sourceId();
        form.identifier = r.identifier().toString();
        form.text = r.text();
        form.date = text(r.date());
        form.cycle = r.cycle();
        form.recommendingStates = String.join(", ", r.recommendingStates().stream().map(StateCode::code).toList());
        form.stateUnderReview = r.stateUnderReview().code();
        form.position = r.position();
        form.positionDate = text(r.positionDate());
        form.themes = new LinkedHashSet<>(r.themes());
        form.affectedGroups = String.join("\n", r.affectedGroups());
        form.rights = new LinkedHashSet<>(r.rights());
        form.provisions = String.join(", ", r.provisions());
        form.followUpDeadline = text(r.followUpDeadline());
        form.confidentiality = r.confidentiality();
        return form;
    }

    /** The recommendation the form describes; what it cannot read goes to {@code errors}. */
    RecommendationData toData(UUID id, List<FieldError> errors) {
        ParagraphId paragraph = null;
        try {
            paragraph = identifier == null || identifier.isBlank() ? null : ParagraphId.parse(identifier);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("identifier", e.getMessage()));
        }
        StateCode underReview = state("stateUnderReview", stateUnderReview, errors);
        List<StateCode> recommending = new ArrayList<>();
        List<String> codes = words(recommendingStates);
        for (int i = 0; i < codes.size(); i++) {
            StateCode code = state("recommendingStates[" + i + "]", codes.get(i), errors);
            if (code != null) {
                recommending.add(code);
            }
        }
        List<String> groups = affectedGroups == null ? List.of()
                : affectedGroups.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new RecommendationData(id, version, mechanism, trimmed(document), sourceId, paragraph, trimmed(text),
                date("date", date, errors), trimmed(cycle), recommending, underReview, position, date("positionDate", positionDate, errors),
                List.copyOf(themes), groups, rights, words(provisions), date("followUpDeadline", followUpDeadline, errors), confidentiality,
                null, null, null, null, null);
    }

    private static StateCode state(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return StateCode.of(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(w -> !w.isBlank()).toList();
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public Mechanism getMechanism() { return mechanism; }
    public void setMechanism(Mechanism v) { mechanism = v; }
    public String getDocument() { return document; }
    public void setDocument(String v) { document = v; }
    public UUID getSourceId() { return sourceId; }
    public void setSourceId(UUID v) { sourceId = v; }
    public String getIdentifier() { return identifier; }
    public void setIdentifier(String v) { identifier = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getCycle() { return cycle; }
    public void setCycle(String v) { cycle = v; }
    public String getRecommendingStates() { return recommendingStates; }
    public void setRecommendingStates(String v) { recommendingStates = v; }
    public String getStateUnderReview() { return stateUnderReview; }
    public void setStateUnderReview(String v) { stateUnderReview = v; }
    public Position getPosition() { return position; }
    public void setPosition(Position v) { position = v; }
    public String getPositionDate() { return positionDate; }
    public void setPositionDate(String v) { positionDate = v; }
    public Set<Theme> getThemes() { return themes; }
    public void setThemes(Set<Theme> v) { themes = v; }
    public String getAffectedGroups() { return affectedGroups; }
    public void setAffectedGroups(String v) { affectedGroups = v; }
    public Set<Right> getRights() { return rights; }
    public void setRights(Set<Right> v) { rights = v; }
    public String getProvisions() { return provisions; }
    public void setProvisions(String v) { provisions = v; }
    public String getFollowUpDeadline() { return followUpDeadline; }
    public void setFollowUpDeadline(String v) { followUpDeadline = v; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality v) { confidentiality = v; }
}
