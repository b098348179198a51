package org.defensor.communications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A numbered question of a letter, optionally about particular incidents or persons. Numbers follow the order. */
public record QuestionData(Integer number, @NotBlank @Size(max = 10000) String text, List<@NotNull UUID> incidentIds,
                           List<@NotNull UUID> personIds) {}
