package org.defensor.communications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A State's reply to a communication: its note verbale, the answers mapped to questions, and their assessment. */
public record ReplyData(
        UUID id,
        Long version,
        UUID communicationId,
        @NotNull LocalDate received,
        LocalDate dated,
        @Size(max = 200) String stateReference,
        @Size(max = 1000) String sender,
        List<@NotNull @Size(max = 1000) String> exhibits,
        @Size(max = 500000) String text,
        List<@NotNull @Valid AnswerData> answers,
        List<@NotNull @Valid QuestionAssessment> assessments) {}
