package org.defensor.records.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.records.AffiliationData;
import org.defensor.records.CitationData;
import org.defensor.records.PersonData;
import org.defensor.records.PersonKind;
import org.defensor.records.PersonRole;
import org.defensor.shared.Confidentiality;
import org.defensor.web.ApiProblems;

/** The person form as the browser posts it. */
class PersonForm {

    /** One affiliation row. */
    public static class Affiliation {
        private String organisationId;
        private String role;
        private String start;
        private String end;

        public String getOrganisationId() { return organisationId; }
        public void setOrganisationId(String v) { organisationId = v; }
        public String getRole() { return role; }
        public void setRole(String v) { role = v; }
        public String getStart() { return start; }
        public void setStart(String v) { start = v; }
        public String getEnd() { return end; }
        public void setEnd(String v) { end = v; }
    }

    private Long version;
    private PersonKind kind = PersonKind.INDIVIDUAL;
    private String name;
    private String otherNames;
    private String gender;
    private List<PersonRole> roles = new ArrayList<>();
    private List<Affiliation> affiliations = new ArrayList<>();
    private Integer groupSizeMin;
    private Integer groupSizeMax;
    private String description;
    private boolean redactInPublications;
    private Confidentiality confidentiality = Confidentiality.RESTRICTED;
    private String details;

    static PersonForm of(PersonData p) {
        PersonForm f = new PersonForm();
        f.version = p.version();
        f.kind = p.kind();
        f.name = p.name();
        f.otherNames = FormSupport.names(p.otherNames());
        f.gender = p.gender();
        f.roles = new ArrayList<>(p.roles());
        for (AffiliationData a : p.affiliations()) {
            Affiliation row = new Affiliation();
            row.organisationId = a.organisationId().toString();
            row.role = a.role();
            row.start = FormSupport.text(a.start());
            row.end = FormSupport.text(a.end());
            f.affiliations.add(row);
        }
        f.groupSizeMin = p.groupSizeMin();
        f.groupSizeMax = p.groupSizeMax();
        f.description = p.description();
        f.redactInPublications = p.redactInPublications();
        f.confidentiality = p.confidentiality();
        f.details = FormSupport.details(p.details());
        return f;
    }

    PersonData toData(UUID id, List<CitationData> sources, List<ApiProblems.FieldError> errors) {
        List<AffiliationData> rows = new ArrayList<>();
        for (int i = 0; i < affiliations.size(); i++) {
            Affiliation a = affiliations.get(i);
            if (a == null || a.organisationId == null || a.organisationId.isBlank()) {
                continue;
            }
            rows.add(new AffiliationData(FormSupport.uuid(a.organisationId), FormSupport.blankToNull(a.role),
                    FormSupport.date("affiliations[" + i + "].start", a.start, errors),
                    FormSupport.date("affiliations[" + i + "].end", a.end, errors)));
        }
        return new PersonData(id, version, kind, name, FormSupport.names(otherNames), FormSupport.blankToNull(gender), roles, rows,
                groupSizeMin, groupSizeMax, FormSupport.blankToNull(description), redactInPublications, confidentiality,
                sources, FormSupport.details(details, errors));
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public PersonKind getKind() { return kind; }
    public void setKind(PersonKind v) { kind = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getDetails() { return details; }
    public void setDetails(String v) { details = v; }
    public String getOtherNames() { return otherNames; }
    public void setOtherNames(String v) { otherNames = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
    public List<PersonRole> getRoles() { return roles; }
    public void setRoles(List<PersonRole> v) { roles = v; }
    public List<Affiliation> getAffiliations() { return affiliations; }
    public void setAffiliations(List<Affiliation> v) { affiliations = v; }
    public Integer getGroupSizeMin() { return groupSizeMin; }
    public void setGroupSizeMin(Integer v) { groupSizeMin = v; }
    public Integer getGroupSizeMax() { return groupSizeMax; }
    public void setGroupSizeMax(Integer v) { groupSizeMax = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public boolean isRedactInPublications() { return redactInPublications; }
    public void setRedactInPublications(boolean v) { redactInPublications = v; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality v) { confidentiality = v; }
}
