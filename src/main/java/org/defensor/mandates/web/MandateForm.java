package org.defensor.mandates.web;

import static org.defensor.web.FormText.date;
import static org.defensor.web.FormText.text;
import static org.defensor.web.FormText.trimmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.defensor.mandates.HolderData;
import org.defensor.mandates.MandateData;
import org.defensor.mandates.MandateKind;
import org.defensor.mandates.ResolutionData;
import org.defensor.web.ApiProblems.FieldError;

/**
 * The mandate form as the browser posts it: the mandate with its resolutions and holders as
 * repeatable rows. Dates are typed as text (yyyy-mm-dd) so that a bad one is refused with its field.
 */
public class MandateForm {

    /** A resolution row. */
    public static class Resolution {
        private String resolution;
        private String citedSince;
        private String note;

        static Resolution of(ResolutionData r) {
            Resolution row = new Resolution();
            row.resolution = r.resolution();
            row.citedSince = text(r.citedSince());
            row.note = r.note();
            return row;
        }

        boolean isBlank() {
            return blank(resolution, citedSince, note);
        }

        ResolutionData toData(String field, List<FieldError> errors) {
            return new ResolutionData(trimmed(resolution), date(field + ".citedSince", citedSince, errors), trimmed(note));
        }

        public String getResolution() { return resolution; }
        public void setResolution(String v) { resolution = v; }
        public String getCitedSince() { return citedSince; }
        public void setCitedSince(String v) { citedSince = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** A holder row. */
    public static class Holder {
        private String name;
        private String capacity;
        private String from;
        private String to;
        private String note;

        static Holder of(HolderData h) {
            Holder row = new Holder();
            row.name = h.name();
            row.capacity = h.capacity();
            row.from = text(h.from());
            row.to = text(h.to());
            row.note = h.note();
            return row;
        }

        boolean isBlank() {
            return blank(name, capacity, from, to, note);
        }

        HolderData toData(String field, List<FieldError> errors) {
            return new HolderData(trimmed(name), trimmed(capacity), date(field + ".from", from, errors),
                    date(field + ".to", to, errors), trimmed(note));
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getCapacity() { return capacity; }
        public void setCapacity(String v) { capacity = v; }
        public String getFrom() { return from; }
        public void setFrom(String v) { from = v; }
        public String getTo() { return to; }
        public void setTo(String v) { to = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    private Long version;
    private String title;
    private String shortName;
    private MandateKind kind = MandateKind.SPECIAL_RAPPORTEUR;
    private List<Resolution> resolutions = new ArrayList<>();
    private List<Holder> holders = new ArrayList<>();

    /** An empty form with one empty row of each kind to fill in. */
    static MandateForm blank() {
        MandateForm form = new MandateForm();
        form.resolutions.add(new Resolution());
        form.holders.add(new Holder());
        return form;
    }

    static MandateForm of(MandateData m) {
        MandateForm form = new MandateForm();
        form.version = m.version();
        form.title = m.title();
        form.shortName = m.shortName();
        form.kind = m.kind();
        form.resolutions = new ArrayList<>(m.resolutions().stream().map(Resolution::of).toList());
        form.holders = new ArrayList<>(m.holders().stream().map(Holder::of).toList());
        return form;
    }

    /**
     * Drops the rows left empty (and the gaps that removed rows leave in the posted indexes), so that
     * the n-th row shown is the n-th of the mandate and a refusal's "holders[1]" is the second row.
     */
    void dropBlankRows() {
        resolutions = new ArrayList<>(resolutions.stream().filter(Objects::nonNull).filter(r -> !r.isBlank()).toList());
        holders = new ArrayList<>(holders.stream().filter(Objects::nonNull).filter(h -> !h.isBlank()).toList());
    }

    /** The mandate the form describes; a date it cannot read goes to {@code errors}. */
    MandateData toData(UUID id, List<FieldError> errors) {
        List<ResolutionData> resolutionData = new ArrayList<>();
        for (int i = 0; i < resolutions.size(); i++) {
            resolutionData.add(resolutions.get(i).toData("resolutions[" + i + "]", errors));
        }
        List<HolderData> holderData = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            holderData.add(holders.get(i).toData("holders[" + i + "]", errors));
        }
        return new MandateData(id, version, trimmed(title), trimmed(shortName), kind, resolutionData, holderData);
    }

    private static boolean blank(String... texts) {
        return Stream.of(texts).allMatch(t -> t == null || t.isBlank());
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getShortName() { return shortName; }
    public void setShortName(String v) { shortName = v; }
    public MandateKind getKind() { return kind; }
    public void setKind(MandateKind v) { kind = v; }
    public List<Resolution> getResolutions() { return resolutions; }
    public void setResolutions(List<Resolution> v) { resolutions = v; }
    public List<Holder> getHolders() { return holders; }
    public void setHolders(List<Holder> v) { holders = v; }
}
