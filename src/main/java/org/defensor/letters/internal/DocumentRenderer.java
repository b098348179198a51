package org.defensor.letters.internal;

import java.nio.charset.StandardCharsets;
import org.defensor.letters.Letter;
import org.defensor.letters.LetterFormat;
import org.defensor.letters.LetterRenderer;
import org.springframework.stereotype.Component;

/** Renders a letter in each format; the PDF is laid out from the HTML, so the two always agree. */
@Component
class DocumentRenderer implements LetterRenderer {

    @Override
    public byte[] render(Letter letter, LetterFormat format) {
        return switch (format) {
            case HTML -> HtmlLetter.render(letter).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfLetter.render(HtmlLetter.render(letter));
            case DOCX -> DocxLetter.render(letter);
        };
    }
}
