package org.defensor.letters.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.defensor.letters.Letter;
import org.defensor.letters.Part;
import org.defensor.letters.PartKind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A letter as a Word document that desks go on editing: real heading styles (so the annex shows in
 * the navigation pane), a real numbered list for the questions, the annex on a new page.
 */
final class DocxLetter {

    private static final String NORMAL = "Normal";
    private static final String HEADING_1 = "Heading1";
    private static final String HEADING_2 = "Heading2";
    private static final String FONT = "Times New Roman";
    /** Sizes in half-points, spacing in twentieths of a point, as Word counts them. */
    private static final int BODY_SIZE = 24;
    private static final int SPACE_AFTER = 200;

    private DocxLetter() {}

    static byte[] render(Letter letter) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defineStyles(doc);
            a4(doc);
            BigInteger questionList = numberedList(doc);
            doc.getProperties().getCoreProperties().setTitle(XmlText.clean(letter.reference()));
            doc.getProperties().getCoreProperties().setSubjectProperty("Communication " + XmlText.clean(letter.reference()));
            doc.getProperties().getCoreProperties().setCreator("Defensor");
            boolean inAnnex = false;
            for (Part part : letter.parts()) {
                if (part.kind() == PartKind.ANNEX && !inAnnex) {
                    XWPFParagraph title = heading(doc, HEADING_1, "Annex");
                    title.setAlignment(ParagraphAlignment.CENTER);
                    title.setPageBreak(true);
                    inAnnex = true;
                }
                if (part.heading() != null && !part.heading().isBlank()) {
                    heading(doc, HEADING_2, part.heading());
                }
                for (int i = 0; i < part.paragraphs().size(); i++) {
                    XWPFParagraph p = doc.createParagraph();
                    String text = part.paragraphs().get(i);
                    switch (part.kind()) {
                        case MANDATES -> {
                            p.setAlignment(ParagraphAlignment.CENTER);
                            lines(p, text, true);
                        }
                        case QUESTIONS -> {
                            p.setNumID(questionList);
                            p.setNumILvl(BigInteger.ZERO);
                            lines(p, text, false);
                        }
                        case SIGNATURES -> {
                            p.setAlignment(ParagraphAlignment.LEFT);
                            p.setSpacingBefore(2 * SPACE_AFTER);
                            // The name in bold, the title on the next line.
                            lines(p, text, false).get(0).setBold(true);
                        }
                        case REFERENCE -> {
                            // The reference, then its note in italics.
                            boolean note = i > 0;
                            p.setSpacingAfter(note ? SPACE_AFTER : 40);
                            lines(p, text, false).forEach(run -> run.setItalic(note));
                        }
                        default -> lines(p, text, false);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the letter as DOCX", e);
        }
    }

    private static XWPFParagraph heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        lines(p, text, false);
        return p;
    }

    /** The text as runs separated by line breaks; each run bold when asked. Returns the runs. */
    private static List<XWPFRun> lines(XWPFParagraph p, String text, boolean bold) {
        List<XWPFRun> runs = new ArrayList<>();
        String[] lines = XmlText.clean(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
            run.setBold(bold);
            runs.add(run);
        }
        return runs;
    }

    /** Normal and the two heading levels, defined here so that every word processor shows them as such. */
    private static void defineStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("en-GB");

        CTStyle normal = style(NORMAL, "Normal", null);
        normal.setDefault(true);
        normal.addNewQFormat();
        CTPPrGeneral normalParagraph = normal.addNewPPr();
        normalParagraph.addNewJc().setVal(STJc.BOTH);
        normalParagraph.addNewSpacing().setAfter(BigInteger.valueOf(SPACE_AFTER));
        normal.addNewRPr().addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
        styles.addStyle(new XWPFStyle(normal, styles));

        styles.addStyle(new XWPFStyle(headingStyle(HEADING_1, "heading 1", 0, 28), styles));
        styles.addStyle(new XWPFStyle(headingStyle(HEADING_2, "heading 2", 1, BODY_SIZE), styles));
    }

    /** A heading: Word's built-in name ("heading 1") makes Word treat it as its own heading style. */
    private static CTStyle headingStyle(String id, String name, int outlineLevel, int size) {
        CTStyle heading = style(id, name, NORMAL);
        heading.addNewNext().setVal(NORMAL);
        heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
        heading.addNewQFormat();
        CTPPrGeneral paragraph = heading.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewJc().setVal(STJc.LEFT);
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        CTRPr run = heading.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(size));
        return heading;
    }

    private static CTStyle style(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        return style;
    }

    /** The list the questions share: "1.", "2.", ... hanging from the left margin. */
    private static BigInteger numberedList(XWPFDocument doc) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        level.addNewLvlJc().setVal(STJc.LEFT);
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
        return numbering.addNum(abstractId);
    }

    /** A4 with margins of 2.5 cm: the paper of the letters the desks send. */
    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(1418);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }
}
