package org.defensor.communications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Drafting;
import org.defensor.web.FormText;

/**
 * The draft form as the browser posts it: what to write about (incidents, persons), who sends it
 * (mandates) and what to ask (question-bank keys). {@code year} only narrows the incidents offered.
 */
public class DraftForm {

    private CommunicationType type = CommunicationType.AL;
    private String country;
    private Integer year;
    private List<UUID> mandateIds = new ArrayList<>();
    private List<UUID> personIds = new ArrayList<>();
    private List<UUID> incidentIds = new ArrayList<>();
    private List<String> questionKeys = new ArrayList<>();
    private String summary;

    /** The request; without a country, the one given is the country of the incidents (see the controller). */
    Drafting.DraftRequest toRequest() {
        return new Drafting.DraftRequest(type, FormText.trimmed(country), mandateIds, incidentIds, personIds, questionKeys, null,
                FormText.trimmed(summary));
    }

    public CommunicationType getType() { return type; }
    public void setType(CommunicationType v) { type = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public List<UUID> getMandateIds() { return mandateIds; }
    public void setMandateIds(List<UUID> v) { mandateIds = v; }
    public List<UUID> getPersonIds() { return personIds; }
    public void setPersonIds(List<UUID> v) { personIds = v; }
    public List<UUID> getIncidentIds() { return incidentIds; }
    public void setIncidentIds(List<UUID> v) { incidentIds = v; }
    public List<String> getQuestionKeys() { return questionKeys; }
    public void setQuestionKeys(List<String> v) { questionKeys = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
}
