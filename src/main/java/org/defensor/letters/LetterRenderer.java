package org.defensor.letters;

/**
 * Lays out a letter in one format. Rendering adds layout only: the parts in their order, each text
 * as given (redact the {@link Letter} first when the copy is public).
 *
 * <ul>
 * <li>HTML: one standalone, well-formed XHTML document (UTF-8) with its print styles inline; each
 *     part is a {@code div class="part-<kind in lower case>"} (e.g. {@code part-reply_window}),
 *     QUESTIONS an ordered list, the ANNEX parts inside {@code div class="annex"} on a new page.
 *     The same letter always gives the same bytes.
 * <li>PDF: laid out from that XHTML, PDF/A-2u with its fonts embedded.
 * <li>DOCX: Word heading styles, the questions as a numbered list, the reference as the title.
 * </ul>
 */
public interface LetterRenderer {

    byte[] render(Letter letter, LetterFormat format);
}
