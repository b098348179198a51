package org.defensor.records.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.records.NameData;
import org.defensor.records.NameKind;
import org.defensor.records.Organisations;
import org.defensor.records.PartyRef;
import org.defensor.records.PersonalDetailData;
import org.defensor.records.PersonalDetailKind;
import org.defensor.records.Persons;
import org.defensor.records.RecordFilter;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.FuzzyDate;
import org.defensor.shared.InvalidRecordException;
import org.defensor.web.ApiProblems;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the record forms share: text to values, choices for party pickers, and showing refusals. */
@Component
class FormSupport {

    /** A choice in a picker of persons and organisations: value "person:ID" or "organisation:ID". */
    record Choice(String value, String label) {}

    private final Persons persons;
    private final Organisations organisations;

    FormSupport(Persons persons, Organisations organisations) {
        this.persons = persons;
        this.organisations = organisations;
    }

    List<Choice> parties() {
        List<Choice> choices = new ArrayList<>();
        persons.list(RecordFilter.NONE, PageRequest.of(0, 2000)).forEach(p ->
                choices.add(new Choice("person:" + p.id(), p.name())));
        organisations.list(RecordFilter.NONE, PageRequest.of(0, 2000)).forEach(o ->
                choices.add(new Choice("organisation:" + o.id(), o.name() + " (organisation)")));
        return choices;
    }

    List<Choice> organisations() {
        List<Choice> choices = new ArrayList<>();
        organisations.list(RecordFilter.NONE, PageRequest.of(0, 2000)).forEach(o ->
                choices.add(new Choice(o.id().toString(), o.name())));
        return choices;
    }

    static PartyRef party(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(":", 2);
        UUID id = UUID.fromString(parts[1]);
        return "person".equals(parts[0]) ? PartyRef.person(id) : PartyRef.organisation(id);
    }

    static String party(PartyRef ref) {
        if (ref == null) {
            return null;
        }
        return ref.personId() != null ? "person:" + ref.personId() : "organisation:" + ref.organisationId();
    }

    static UUID uuid(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    }

    /** A date typed in a form, or a refusal that names the field. */
    static FuzzyDate date(String field, String text, List<ApiProblems.FieldError> errors) {
        try {
            FuzzyDate date = FuzzyDate.parse(text);
            return date.isKnown() ? date : null;
        } catch (IllegalArgumentException e) {
            errors.add(new ApiProblems.FieldError(field, e.getMessage()));
            return null;
        }
    }

    static String text(FuzzyDate date) {
        return date == null ? "" : date.format();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Other names, one per line, "name" or "name | KIND". */
    static List<NameData> names(String lines) {
        List<NameData> names = new ArrayList<>();
        if (lines == null) {
            return names;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            NameKind kind = NameKind.ALIAS;
            if (parts.length == 2) {
                try {
                    kind = NameKind.valueOf(parts[1].strip().toUpperCase().replace(' ', '_'));
                } catch (IllegalArgumentException unknownKind) {
                    kind = NameKind.ALIAS;
                }
            }
            names.add(new NameData(parts[0].strip(), kind));
        }
        return names;
    }

    static String names(List<NameData> names) {
        StringBuilder text = new StringBuilder();
        for (NameData n : names == null ? List.<NameData>of() : names) {
            text.append(n.name()).append(" | ").append(n.kind()).append('\n');
        }
        return text.toString();
    }

    /**
     * Personal details, one per line: "KIND | value" or "KIND | value | LEVEL" (CONFIDENTIAL when no
     * level is given). A line that cannot be read is refused by line, not dropped.
     */
    static List<PersonalDetailData> details(String lines, List<ApiProblems.FieldError> errors) {
        List<PersonalDetailData> details = new ArrayList<>();
        String[] all = lines == null ? new String[0] : lines.split("\\R");
        for (int i = 0; i < all.length; i++) {
            if (all[i].isBlank()) {
                continue;
            }
            String[] parts = all[i].split("\\|", 3);
            PersonalDetailKind kind = vocabulary(PersonalDetailKind.class, parts[0]);
            Confidentiality level = parts.length == 3 ? vocabulary(Confidentiality.class, parts[2]) : Confidentiality.CONFIDENTIAL;
            if (parts.length < 2 || parts[1].isBlank() || kind == null || level == null) {
                errors.add(new ApiProblems.FieldError("details", "line " + (i + 1) + ": write KIND | value | LEVEL, the kind one of "
                        + java.util.Arrays.toString(PersonalDetailKind.values()) + ", the level PUBLIC, RESTRICTED or CONFIDENTIAL"));
                continue;
            }
            details.add(new PersonalDetailData(kind, parts[1].strip(), level));
        }
        return details;
    }

    static String details(List<PersonalDetailData> details) {
        StringBuilder text = new StringBuilder();
        for (PersonalDetailData d : details == null ? List.<PersonalDetailData>of() : details) {
            text.append(d.kind()).append(" | ").append(d.value()).append(" | ").append(d.confidentiality()).append('\n');
        }
        return text.toString();
    }

    private static <E extends Enum<E>> E vocabulary(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Puts a refusal on the page: every field and reason. */
    static void refused(Model model, InvalidRecordException e) {
        model.addAttribute("errors", e.violations().stream()
                .map(v -> new ApiProblems.FieldError(v.field(), v.reason())).toList());
    }
}
