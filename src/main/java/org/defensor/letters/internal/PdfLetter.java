package org.defensor.letters.internal;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/** A letter as PDF, laid out from its XHTML so that both look the same. */
final class PdfLetter {

    /** DejaVu Serif, from the jasperreports-fonts artifact: it has Cyrillic, Kazakh letters included. */
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // Its INFO lines ("loading font", "fast mode") on every letter would drown the server log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfLetter() {}

    static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Defensor");
        // PDF/A-2u: letters are archived, and the archive copy must render alike in decades, text searchable.
        // (It also keeps the unembedded standard fonts out, and PDFBox's warnings about them.)
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        // Embedded (and subset), so that names print the same on every reader's machine.
        builder.useFont(font("DejaVuSerif.ttf"), HtmlLetter.FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(font("DejaVuSerif-Bold.ttf"), HtmlLetter.FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(font("DejaVuSerif-Italic.ttf"), HtmlLetter.FONT_FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(font("DejaVuSerif-BoldItalic.ttf"), HtmlLetter.FONT_FAMILY, 700, FontStyle.ITALIC, true);
        // No base address: the document refers to nothing outside itself.
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the letter as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> {
            InputStream in = PdfLetter.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath");
            }
            return in;
        };
    }
}
