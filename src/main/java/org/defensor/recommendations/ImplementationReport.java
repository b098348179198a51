package org.defensor.recommendations;

import java.util.List;
import org.defensor.letters.LetterFormat;

/**
 * The implementation report per State and mechanism, grouped by theme: each recommendation with the
 * State's position, its latest assessment and the evidence in date order, read at the caller's
 * clearance. Rendered as HTML, PDF or DOCX by the letters module's renderer.
 */
public interface ImplementationReport {

    /** One recommendation's line: label, text, position, latest status with its reasoning, and the evidence lines. */
    record Entry(String label, String text, Position position, ImplementationStatus status, String reasoning, List<String> evidence) {}

    /** A theme's section; the theme is the recommendation's first, "Other" for none. */
    record Section(String theme, List<Entry> entries) {}

    record Report(String title, List<Section> sections) {}

    /** {@code state} and {@code mechanism} may be null for all. */
    Report build(StateCode state, Mechanism mechanism);

    byte[] render(StateCode state, Mechanism mechanism, LetterFormat format);
}
