package org.defensor.communications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The desk's assessment of how a reply answered one question. */
public record QuestionAssessment(@NotNull Integer question, @NotNull Assessment assessment, @Size(max = 4000) String note) {}
