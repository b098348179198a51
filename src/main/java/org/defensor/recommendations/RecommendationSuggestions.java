package org.defensor.recommendations;

import java.util.List;
import java.util.UUID;

/**
 * Suggested links from an incident or a proceeding to the recommendations it likely bears on: same
 * State, overlapping rights, themes, provisions, act types named in the text, and similar wording;
 * ranked, each with its reasons. Only recommendations and records the caller may read are considered;
 * those already linked or dismissed for the record are not suggested.
 */
public interface RecommendationSuggestions {

    /** {@link org.defensor.shared.RecordNotFoundException} when the caller may not read the record. */
    List<Suggestion> suggest(EvidenceKind kind, UUID target);

    /** Links the record to the recommendation as evidence (audited as the link is). */
    RecommendationData accept(EvidenceKind kind, UUID target, UUID recommendation, String note);

    /** Stores that the user does not want this suggestion, so it is not made again (audited). */
    void dismiss(EvidenceKind kind, UUID target, UUID recommendation);
}
