package org.defensor.letters.internal;

import java.util.Locale;
import org.defensor.letters.Letter;
import org.defensor.letters.Part;
import org.defensor.letters.PartKind;

/**
 * A letter as one standalone XHTML document: well-formed XML (the PDF is made from it), every text
 * escaped, the print styles inline so that the file is complete on its own. Each part is a
 * {@code div} with {@code class="part-<kind>"}; the annex starts on a new page.
 */
final class HtmlLetter {

    /** The fonts the PDF embeds come first; a browser without them falls back to its serif font. */
    static final String FONT_FAMILY = "DejaVu Serif";

    private static final String STYLE = """
            @page { size: A4; margin: 2.5cm 2.2cm; }
            body { font-family: '%s', 'Times New Roman', serif; font-size: 11.5pt; line-height: 1.35; color: #000;
                   max-width: 17cm; margin: 0 auto; }
            p { margin: 0 0 0.8em 0; text-align: justify; }
            h2 { font-size: 13pt; text-align: center; margin: 0 0 1em 0; }
            h3 { font-size: 11.5pt; margin: 1.2em 0 0.5em 0; page-break-after: avoid; }
            ol { margin: 0 0 0.8em 0; padding-left: 2em; }
            li { margin-bottom: 0.5em; text-align: justify; }
            .part-mandates p { text-align: center; font-weight: bold; margin-bottom: 1.5em; }
            .part-reference p { margin-bottom: 0.2em; }
            .part-reference p.note { font-style: italic; font-size: 10pt; }
            .part-date p { margin: 1em 0; }
            .part-signatures p { text-align: left; margin-top: 1.5em; }
            .annex { page-break-before: always; }
            """.formatted(FONT_FAMILY);

    private HtmlLetter() {}

    static String render(Letter letter) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n")
                .append("<title>").append(XmlText.escape(letter.reference())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        boolean inAnnex = false;
        int questions = 0;
        for (Part part : letter.parts()) {
            if (part.kind() == PartKind.ANNEX && !inAnnex) {
                html.append("<div class=\"annex\">\n<h2>Annex</h2>\n");
                inAnnex = true;
            }
            html.append("<div class=\"part-").append(part.kind().name().toLowerCase(Locale.ROOT)).append("\">\n");
            if (part.heading() != null && !part.heading().isBlank()) {
                html.append("<h3>").append(XmlText.escape(part.heading())).append("</h3>\n");
            }
            if (part.kind() == PartKind.QUESTIONS) {
                // Numbering goes on across QUESTIONS parts, as in the DOCX, where they share one list.
                html.append(questions == 0 ? "<ol>\n" : "<ol start=\"" + (questions + 1) + "\">\n");
                for (String question : part.paragraphs()) {
                    html.append("<li>").append(lines(question, false)).append("</li>\n");
                }
                html.append("</ol>\n");
                questions += part.paragraphs().size();
            } else {
                for (int i = 0; i < part.paragraphs().size(); i++) {
                    // A reference's later paragraphs are its note ("please quote it in your reply").
                    boolean note = part.kind() == PartKind.REFERENCE && i > 0;
                    html.append(note ? "<p class=\"note\">" : "<p>")
                            .append(lines(part.paragraphs().get(i), part.kind() == PartKind.SIGNATURES)).append("</p>\n");
                }
            }
            html.append("</div>\n");
        }
        if (inAnnex) {
            html.append("</div>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** A paragraph's lines joined by line breaks; a signature's first line (the name) in bold. */
    private static String lines(String paragraph, boolean firstLineBold) {
        String[] lines = XmlText.clean(paragraph).split("\\R", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            String line = XmlText.escape(lines[i]);
            out.append(i == 0 && firstLineBold ? "<strong>" + line + "</strong>" : line);
        }
        return out.toString();
    }
}
