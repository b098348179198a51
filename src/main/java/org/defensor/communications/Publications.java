package org.defensor.communications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Publishing a communication, and correcting it once published. A published communication is
 * frozen ({@link Communications#update} refuses it); a correction is a new publication with its
 * reason, recorded and audited. Both are refused, with {@link org.defensor.shared.InvalidRecordException}
 * naming each part of the public version and the record, while that public version would name a
 * CONFIDENTIAL person or organisation.
 */
public interface Publications {

    CommunicationData publish(UUID id, long version, LocalDate published);

    /**
     * New wording for a published communication: each of {@code summary}, {@code facts},
     * {@code concerns} and {@code questions} that is given replaces the published one.
     */
    record CorrectionRequest(@NotNull Long version, @NotBlank @Size(max = 2000) String reason, @Size(max = 10000) String summary,
                             @Size(max = 200000) String facts, @Size(max = 50000) String concerns,
                             List<@NotNull @Valid QuestionData> questions) {}

    CommunicationData correct(UUID id, CorrectionRequest correction);

    /** The communication's corrections, oldest first. */
    List<CorrectionData> corrections(UUID id);
}
