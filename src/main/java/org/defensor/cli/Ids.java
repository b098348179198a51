package org.defensor.cli;

import java.util.List;
import java.util.UUID;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationFilter;
import org.defensor.communications.Communications;
import org.defensor.communications.Reference;
import org.defensor.mandates.MandateData;
import org.defensor.mandates.Mandates;
import org.defensor.shared.RecordNotFoundException;

/** Reads the record ids and mandate names given as options, refusing a bad one with the option's name. */
final class Ids {

    private Ids() {}

    /** A State as an ISO 3166-1 alpha-3 code, in capitals; null when not given. */
    static String country(String option, String given) {
        if (given == null) {
            return null;
        }
        String iso3 = given.strip().toUpperCase(java.util.Locale.ROOT);
        if (!iso3.matches("[A-Z]{3}")) {
            throw new BadOptionException(option, "'" + given + "' is not an ISO 3166-1 alpha-3 code such as KAZ");
        }
        return iso3;
    }

    static List<UUID> uuids(String option, String what, List<String> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream().map(String::strip).map(text -> {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw new BadOptionException(option, "'" + text + "' is not " + what + " id (ids are UUIDs)");
            }
        }).toList();
    }

    /** Each mandate by id, short name ("SR HRD") or title, ignoring case. */
    static List<UUID> mandates(String option, Mandates mandates, List<String> given) {
        List<MandateData> catalogue = mandates.list();
        return given.stream().map(String::strip).map(text -> {
            List<MandateData> matching = catalogue.stream()
                    .filter(m -> m.id().toString().equalsIgnoreCase(text) || m.shortName().equalsIgnoreCase(text)
                            || m.title().equalsIgnoreCase(text))
                    .toList();
            if (matching.size() != 1) {
                throw new BadOptionException(option, matching.isEmpty()
                        ? "no mandate '" + text + "' in the catalogue (give its id, short name such as 'SR HRD', or title)"
                        : "'" + text + "' names " + matching.size() + " mandates; give the id of one: "
                                + String.join(", ", matching.stream().map(m -> m.id() + " (" + m.title() + ")").toList()));
            }
            return matching.get(0).id();
        }).toList();
    }

    /** The communication an option names by its id or its reference ("AL KAZ 4/2025"). */
    static CommunicationData communication(String option, Communications communications, String given) {
        String wanted = given.strip();
        try {
            return communications.get(UUID.fromString(wanted));
        } catch (IllegalArgumentException notAnId) {
            Reference reference;
            try {
                reference = Reference.parse(wanted);
            } catch (IllegalArgumentException e) {
                throw new BadOptionException(option, "'" + wanted + "' is neither an id nor a reference (" + e.getMessage() + ")");
            }
            return communications.list(new CommunicationFilter(reference.country(), null, reference.type(), reference.year(),
                            null, false)).stream()
                    .filter(c -> Reference.parse(c.reference()).equals(reference))
                    .findFirst()
                    .orElseThrow(() -> new BadOptionException(option, "no communication " + reference));
        } catch (RecordNotFoundException e) {
            throw new BadOptionException(option, "no communication with id " + wanted);
        }
    }
}
