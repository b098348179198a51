package org.defensor.recommendations;

import java.util.List;
import java.util.UUID;
import org.defensor.audit.AuditEntry;

/**
 * Recommendations, their assessments and evidence. Reads return only what the caller's clearance
 * allows (the recommendation, each assessment and each link at its own level); every write is
 * validated, checked against the stored version and audited in its transaction.
 */
public interface Recommendations {

    /** The recommendations the filter selects, by State, document and document order. */
    List<RecommendationData> list(RecommendationFilter filter);

    /** {@link org.defensor.shared.RecordNotFoundException} when there is none, or none the caller may read. */
    RecommendationData get(UUID id);

    /**
     * Refused with {@link org.defensor.shared.InvalidRecordException}, naming each field, when it breaks a
     * constraint, names neither document nor source, repeats an identifier of its document, takes a
     * position the State does not take on its mechanism's recommendations (SUPPORTED/NOTED are for the
     * UPR), dates the position before the recommendation, cites a provision not in the catalogue or a
     * source that is not there.
     */
    RecommendationData create(RecommendationData data);

    /** Replaces the recommendation's own fields; its assessments and evidence stay. */
    RecommendationData update(UUID id, RecommendationData data);

    void delete(UUID id, long version);

    /** Adds an assessment; {@code version} is the recommendation's. Returns the recommendation as it now is. */
    RecommendationData assess(UUID id, long version, AssessmentData assessment);

    RecommendationData removeAssessment(UUID id, long version, UUID assessmentId);

    /** Links a record as evidence; refused when the record is not there or is already linked. */
    RecommendationData link(UUID id, long version, EvidenceData evidence);

    RecommendationData unlink(UUID id, long version, UUID evidenceId);

    /** The recommendations a record bears on, through the links the caller may read. */
    List<Bearing> bearingOn(UUID target);

    List<AuditEntry> history(UUID id);
}
