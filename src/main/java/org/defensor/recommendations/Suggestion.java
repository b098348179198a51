package org.defensor.recommendations;

import java.util.List;
import java.util.UUID;

/**
 * A recommendation a record may bear on, suggested for a user to confirm or dismiss: never linked
 * until confirmed. {@code score} ranks suggestions (higher first); {@code reasons} say why, in words.
 */
public record Suggestion(UUID recommendationId, String label, String text, Position position, double score, List<String> reasons) {}
