package org.defensor.letters.internal;

import java.util.Map;
import java.util.Set;
import org.defensor.letters.TemplateKind;

/**
 * The values each template receives, as {@link org.defensor.letters.LetterTemplates} documents them
 * (names inside lists included): a template may use these and no other.
 */
final class TemplateValues {

    /** Every wording template, by key: the drafting code fills exactly these. */
    static final Map<String, Set<String>> WORDING = Map.ofEntries(
            Map.entry("mandates", Set.of("mandates")),
            Map.entry("reference-note", Set.of()),
            Map.entry("salutation", Set.of()),
            Map.entry("capacities", Set.of("capacities", "resolutions")),
            Map.entry("previous", Set.of("earlier", "reference", "sent", "replies", "date", "anyReply")),
            Map.entry("summary", Set.of("summary", "persons")),
            Map.entry("facts-intro", Set.of()),
            Map.entry("concerns", Set.of("persons")),
            Map.entry("questions-intro", Set.of()),
            Map.entry("reply-window", Set.of("days")),
            Map.entry("closing", Set.of()),
            Map.entry("annex-intro", Set.of()),
            Map.entry("annex-provision", Set.of("instrument", "provision", "title")),
            Map.entry("annex-recommendations", Set.of("state")),
            Map.entry("annex-upr", Set.of("state", "date", "recommendations", "identifier", "text")),
            Map.entry("annex-concluding-observations", Set.of("committee", "committeePossessive", "date", "document")),
            Map.entry("annex-treaty-body-recommendation", Set.of("state", "identifier", "text")),
            Map.entry("annex-treaty-body-observation", Set.of("state", "identifier", "text")));

    static final Set<String> QUESTION = Set.of("incidents", "title", "date", "place", "persons");

    private TemplateValues() {}

    static Set<String> of(TemplateKind kind, String key) {
        return kind == TemplateKind.QUESTION ? QUESTION : WORDING.getOrDefault(key, Set.of());
    }
}
