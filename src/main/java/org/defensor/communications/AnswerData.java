package org.defensor.communications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A passage of a reply and the questions it answers (a reply often answers several together).
 * {@code claim}, with the incidents it is about, records what the State asserts so it can be compared
 * with the record.
 */
public record AnswerData(List<@NotNull Integer> questions, @NotBlank @Size(max = 100000) String passage, List<@NotNull UUID> incidentIds,
                         StateClaim claim) {}
