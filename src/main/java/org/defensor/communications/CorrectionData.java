package org.defensor.communications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A correction of a published communication: the {@code number}-th, made on {@code corrected} by
 * {@code by} for {@code reason}, and the wording of the publication it replaced.
 */
public record CorrectionData(UUID id, UUID communicationId, int number, LocalDate corrected, Instant at, String by,
                             String reason, String previousSummary, String previousFacts, String previousConcerns,
                             List<String> previousQuestions) {}
