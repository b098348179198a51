package org.defensor.records.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.defensor.records.CitationData;
import org.defensor.records.OrganisationData;
import org.defensor.records.OrganisationKind;
import org.defensor.records.RegistrationStatus;
import org.defensor.shared.Confidentiality;

/** The organisation form as the browser posts it. */
class OrganisationForm {

    private Long version;
    private String name;
    private String otherNames;
    private OrganisationKind kind = OrganisationKind.NGO;
    private String country;
    private String city;
    private RegistrationStatus registrationStatus = RegistrationStatus.UNKNOWN;
    private String parentId;
    private String description;
    private Confidentiality confidentiality = Confidentiality.RESTRICTED;

    static OrganisationForm of(OrganisationData o) {
        OrganisationForm f = new OrganisationForm();
        f.version = o.version();
        f.name = o.name();
        f.otherNames = FormSupport.names(o.otherNames());
        f.kind = o.kind();
        f.country = o.country();
        f.city = o.city();
        f.registrationStatus = o.registrationStatus();
        f.parentId = o.parentId() == null ? null : o.parentId().toString();
        f.description = o.description();
        f.confidentiality = o.confidentiality();
        return f;
    }

    OrganisationData toData(UUID id, List<CitationData> sources) {
        return new OrganisationData(id, version, name, FormSupport.names(otherNames), kind, countryCode(country),
                FormSupport.blankToNull(city), registrationStatus, FormSupport.uuid(parentId),
                FormSupport.blankToNull(description), confidentiality, sources);
    }

    /** "kaz" means KAZ; anything that is still not a code is left for the service to refuse with its reason. */
    static String countryCode(String text) {
        String code = FormSupport.blankToNull(text);
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getOtherNames() { return otherNames; }
    public void setOtherNames(String v) { otherNames = v; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind v) { kind = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public RegistrationStatus getRegistrationStatus() { return registrationStatus; }
    public void setRegistrationStatus(RegistrationStatus v) { registrationStatus = v; }
    public String getParentId() { return parentId; }
    public void setParentId(String v) { parentId = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality v) { confidentiality = v; }
}
