package org.defensor.recommendations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.defensor.clearance.ClearanceFilter;
import org.defensor.recommendations.EvidenceKind;
import org.defensor.recommendations.EvidenceTargets;
import org.defensor.shared.Confidentiality;
import org.springframework.stereotype.Component;

/**
 * The effective levels, each at least as confidential as what it is derived from: a recommendation
 * its declared level and its source record's; an evidence link its declared level, the linked
 * record's and the recommendation's; an assessment its declared level, its evidence links' and the
 * recommendation's. A link keeps its level when the linked record is gone.
 */
@Component
class RecommendationLevels {

    private final List<EvidenceTargets> targets;
    private final jakarta.persistence.EntityManager em;

    RecommendationLevels(List<EvidenceTargets> targets, jakarta.persistence.EntityManager em) {
        this.targets = targets;
        this.em = em;
    }

    /**
     * The id of a recommendation with the identifier in the same document, whoever may read it: an
     * identifier is unique in its document even when the one holding it is above the caller's clearance.
     */
    Optional<UUID> sameIdentifier(org.defensor.recommendations.RecommendationData data) {
        String document = data.document() == null || data.document().isBlank() ? null : data.document().strip();
        return ClearanceFilter.classifying(em, () -> {
            var query = em.createQuery("select r.id from Recommendation r where r.stateUnderReview = :state and r.identifier = :identifier and "
                    + (document != null ? "r.document = :document" : "r.document is null and r.sourceId = :source"), UUID.class)
                    .setParameter("state", data.stateUnderReview().code()).setParameter("identifier", data.identifier().toString());
            if (document != null) {
                query.setParameter("document", document);
            } else {
                query.setParameter("source", data.sourceId());
            }
            return query.getResultStream().findFirst();
        });
    }

    Optional<EvidenceTargets> targetsOf(EvidenceKind kind) {
        return targets.stream().filter(t -> t.kinds().contains(kind)).findFirst();
    }

    /** The level of the record, whoever asks; empty when no record of this kind has the id. */
    Optional<Confidentiality> levelOf(EvidenceKind kind, UUID id) {
        return targetsOf(kind).flatMap(t -> t.level(kind, id));
    }

    /** Sets every effective level of the recommendation and its parts; whether any changed. */
    boolean classify(Recommendation r) {
        boolean changed = false;
        List<Confidentiality> own = new ArrayList<>(List.of(r.declaredConfidentiality));
        if (r.sourceId != null) {
            levelOf(EvidenceKind.SOURCE, r.sourceId).ifPresent(own::add);
        }
        Confidentiality level = ClearanceFilter.highest(own);
        if (level != r.confidentiality) {
            r.confidentiality = level;
            changed = true;
        }
        for (Evidence e : r.evidence) {
            Confidentiality target = levelOf(e.kind, e.targetId).orElse(e.confidentiality);
            Confidentiality linked = ClearanceFilter.highest(List.of(e.declaredConfidentiality, target, r.confidentiality));
            if (linked != e.confidentiality) {
                e.confidentiality = linked;
                changed = true;
            }
        }
        for (Assessment a : r.assessments) {
            List<Confidentiality> inputs = new ArrayList<>(List.of(a.declaredConfidentiality, r.confidentiality));
            r.evidence.stream().filter(e -> a.evidence.contains(e.id)).forEach(e -> inputs.add(e.confidentiality));
            Confidentiality assessed = ClearanceFilter.highest(inputs);
            if (assessed != a.confidentiality) {
                a.confidentiality = assessed;
                changed = true;
            }
        }
        return changed;
    }
}
