package org.defensor.records.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.defensor.records.Reliability;
import org.defensor.records.SourceData;
import org.defensor.records.SourceKind;
import org.defensor.shared.Confidentiality;
import org.defensor.web.ApiProblems;

/** The source form as the browser posts it. */
class SourceForm {

    private Long version;
    private SourceKind kind = SourceKind.OTHER;
    private String title;
    private String date;
    private String reference;
    private Reliability reliability = Reliability.UNKNOWN;
    private String url;
    private String fileName;
    private String sha256;
    private String author;
    private String description;
    private Confidentiality confidentiality = Confidentiality.RESTRICTED;

    static SourceForm of(SourceData s) {
        SourceForm f = new SourceForm();
        f.version = s.version();
        f.kind = s.kind();
        f.title = s.title();
        f.date = FormSupport.text(s.date());
        f.reference = s.reference();
        f.reliability = s.reliability();
        f.url = s.url();
        f.fileName = s.fileName();
        f.sha256 = s.sha256();
        f.author = s.author();
        f.description = s.description();
        f.confidentiality = s.confidentiality();
        return f;
    }

    SourceData toData(UUID id, List<ApiProblems.FieldError> errors) {
        String hash = FormSupport.blankToNull(sha256);
        // Some tools print the hash in capitals; it is the same hash.
        return new SourceData(id, version, kind, title, FormSupport.date("date", date, errors),
                FormSupport.blankToNull(reference), reliability, FormSupport.blankToNull(url),
                FormSupport.blankToNull(fileName), hash == null ? null : hash.toLowerCase(Locale.ROOT),
                FormSupport.blankToNull(author), FormSupport.blankToNull(description), confidentiality);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public SourceKind getKind() { return kind; }
    public void setKind(SourceKind v) { kind = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public Reliability getReliability() { return reliability; }
    public void setReliability(Reliability v) { reliability = v; }
    public String getUrl() { return url; }
    public void setUrl(String v) { url = v; }
    public String getFileName() { return fileName; }
    public void setFileName(String v) { fileName = v; }
    public String getSha256() { return sha256; }
    public void setSha256(String v) { sha256 = v; }
    public String getAuthor() { return author; }
    public void setAuthor(String v) { author = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality v) { confidentiality = v; }
}
