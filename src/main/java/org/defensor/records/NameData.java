package org.defensor.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Another name of a person or organisation: an alias, a transliteration ("Sekerbaeva"), a former name. */
public record NameData(@NotBlank @Size(max = Limits.NAME) String name, NameKind kind) {}
