package org.defensor.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.defensor.letters.Letter;
import org.defensor.letters.LetterFormat;
import org.defensor.letters.LetterRenderer;
import org.defensor.letters.Part;
import org.defensor.letters.PartKind;
import org.defensor.shared.Redaction;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LetterRendererTests {

    private final LetterRenderer renderer = new DocumentRenderer();
    private final Letter letter = SampleLetters.letter();

    @Test
    void docxHasThePartsInOrderWithHeadingStylesNumberedQuestionsAndTheAnnexOnANewPage() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.render(letter, LetterFormat.DOCX)))) {
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(SampleLetters.REFERENCE);
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("Mandates of the Special Rapporteur on the situation of human rights defenders",
                    "Reference: AL KAZ 4/2024", "Kindly cite this reference when replying.", "13 May 2024", "Excellency,",
                    "Attempted vehicle assault on Timiryazev Street, 29 July 2023", "A car drove at Ms. Sekerbaeva twice.",
                    "Meeting disrupted in Өскемен, 10 October 2024", SampleLetters.QUESTIONS.get(0),
                    "We would welcome a reply within 60 days.", "Annex", "International Covenant on Civil and Political Rights",
                    "Article 19 protects the freedom of expression.", "Declaration on Human Rights Defenders",
                    "Article 12 asks States to protect defenders.");
            assertThat(paragraphs.get(0).getAlignment()).hasToString("CENTER");

            List<XWPFParagraph> facts = paragraphs.stream().filter(p -> "Heading2".equals(p.getStyle())).toList();
            assertThat(facts).extracting(XWPFParagraph::getText).containsExactly(
                    "Attempted vehicle assault on Timiryazev Street, 29 July 2023", "Meeting disrupted in Өскемен, 10 October 2024",
                    "International Covenant on Civil and Political Rights", "Declaration on Human Rights Defenders");

            List<XWPFParagraph> numbered = paragraphs.stream().filter(p -> p.getNumID() != null).toList();
            assertThat(numbered).extracting(XWPFParagraph::getText).containsExactlyElementsOf(SampleLetters.QUESTIONS);
            assertThat(numbered).allSatisfy(p -> {
                assertThat(p.getNumID()).isEqualTo(numbered.get(0).getNumID());
                assertThat(p.getNumFmt()).isEqualTo("decimal");
                assertThat(p.getNumLevelText()).isEqualTo("%1.");
            });
            BigInteger abstractId = docx.getNumbering().getNum(numbered.get(0).getNumID()).getCTNum().getAbstractNumId().getVal();
            assertThat(docx.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0).getStart().getVal())
                    .as("the questions are numbered from 1").isEqualTo(BigInteger.ONE);

            XWPFParagraph annex = paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst().orElseThrow();
            assertThat(annex.getText()).isEqualTo("Annex");
            assertThat(annex.isPageBreak()).isTrue();

            XWPFParagraph signature = paragraphs.stream().filter(p -> p.getText().startsWith("Ana Moreno")).findFirst().orElseThrow();
            assertThat(signature.getRuns().get(0).isBold()).isTrue();
            assertThat(signature.getRuns().get(1).isBold()).isFalse();
            assertThat(signature.getText()).isEqualTo("Ana Moreno\nSpecial Rapporteur on the situation of human rights defenders");
        }
    }

    @Test
    void pdfHasTheParagraphsInOrderWithCyrillicAndKazakhLettersAndTheAnnexOnItsOwnPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(letter, LetterFormat.PDF))) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In reading order: list numbers are drawn apart from their text.
            stripper.setSortByPosition(true);
            String text = flat(stripper.getText(pdf));
            assertThat(text).containsSubsequence("Mandates of the Special Rapporteur", "Reference: AL KAZ 4/2024", "Excellency,",
                    "This letter concerns Zhanar Sekerbayeva (Жанар Секербаева).",
                    "Attempted vehicle assault on Timiryazev Street, 29 July 2023", "The police took no action.",
                    "Meeting disrupted in Өскемен, 10 October 2024",
                    "Қазақстан: the venue in Ұлытау street was closed; Әділет officials attended.",
                    "1. " + SampleLetters.QUESTIONS.get(0), "2. " + SampleLetters.QUESTIONS.get(1),
                    "3. " + SampleLetters.QUESTIONS.get(2), "Ana Moreno", "Kofi Mensah", "Annex",
                    "Article 12 asks States to protect defenders.");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(SampleLetters.REFERENCE);

            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pdf.getNumberOfPages());
            assertThat(lastPage.getText(pdf).strip()).as("the annex starts a page").startsWith("Annex");
            assertThat(flat(lastPage.getText(pdf))).doesNotContain("Kofi Mensah");
        }
    }

    @Test
    void htmlIsAWellFormedStandaloneDocumentThatEscapesMarkupInText() throws Exception {
        Letter hostile = new Letter("AL <b>1</b>", List.of(
                Part.of(PartKind.SUMMARY, "<script>alert('x')</script> & \"quotes\"\u0000"),
                new Part(PartKind.FACTS, "<img src=x onerror=alert(1)>", List.of("fact")),
                Part.of(PartKind.QUESTIONS, "first?", "second?")));
        byte[] html = renderer.render(hostile, LetterFormat.HTML);

        Document dom = xml(html);

        assertThat(dom.getElementsByTagName("script").getLength()).isZero();
        assertThat(dom.getElementsByTagName("img").getLength()).isZero();
        assertThat(dom.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("AL <b>1</b>");
        assertThat(part(dom, "part-summary").getTextContent()).contains("<script>alert('x')</script> & \"quotes\"");
        assertThat(part(dom, "part-facts").getElementsByTagName("h3").item(0).getTextContent())
                .isEqualTo("<img src=x onerror=alert(1)>");
        NodeList items = part(dom, "part-questions").getElementsByTagName("li");
        assertThat(items.getLength()).isEqualTo(2);
        assertThat(items.item(1).getTextContent()).isEqualTo("second?");
        assertThat(renderer.render(hostile, LetterFormat.HTML)).as("the same letter gives the same HTML").isEqualTo(html);
    }

    @Test
    void htmlLaysOutEveryPartWithItsClassAndTheAnnexAfterAPageBreak() throws Exception {
        Document dom = xml(renderer.render(letter, LetterFormat.HTML));

        List<String> classes = new ArrayList<>();
        NodeList divs = dom.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            classes.add(((Element) divs.item(i)).getAttribute("class"));
        }
        assertThat(classes).containsExactly("part-mandates", "part-reference", "part-date", "part-salutation",
                "part-capacities", "part-summary", "part-facts", "part-facts", "part-concerns", "part-questions",
                "part-reply_window", "part-closing", "part-signatures", "annex", "part-annex", "part-annex");
        assertThat(dom.getElementsByTagName("style").item(0).getTextContent()).contains(".annex { page-break-before: always; }");
        Element annex = part(dom, "annex");
        assertThat(annex.getElementsByTagName("h2").item(0).getTextContent()).isEqualTo("Annex");
        assertThat(annex.getElementsByTagName("h3").item(1).getTextContent()).isEqualTo("Declaration on Human Rights Defenders");
        Element signature = (Element) part(dom, "part-signatures").getElementsByTagName("p").item(0);
        assertThat(signature.getElementsByTagName("strong").item(0).getTextContent()).isEqualTo("Ana Moreno");
        assertThat(signature.getElementsByTagName("br").getLength()).isEqualTo(1);
        assertThat(part(dom, "part-reference").getElementsByTagName("p").item(1).getAttributes().getNamedItem("class")
                .getTextContent()).isEqualTo("note");
    }

    @Test
    void aRedactedLetterKeepsNoTraceOfTheNamesInAnyFormat() throws IOException {
        Letter named = new Letter("AL KAZ 5/2024 (Sekerbaeva)", List.of(
                Part.of(PartKind.SUMMARY, "This letter concerns Zhanar Sekerbayeva, also written Sekerbaeva."),
                new Part(PartKind.FACTS, "Threats against Zhanar  Sekerbayeva", List.of("SEKERBAEVA was followed home."))));
        Letter redacted = named.redacted(Redaction.of(List.of(Redaction.Name.person("p", "Zhanar Sekerbayeva", "Sekerbaeva"))));

        String html = new String(renderer.render(redacted, LetterFormat.HTML), StandardCharsets.UTF_8);
        String docx = docxXml(renderer.render(redacted, LetterFormat.DOCX));
        String pdf;
        try (PDDocument document = Loader.loadPDF(renderer.render(redacted, LetterFormat.PDF))) {
            pdf = new PDFTextStripper().getText(document) + document.getDocumentInformation().getTitle();
        }

        for (String text : List.of(html, docx, pdf)) {
            assertThat(text).contains(Redaction.MARK).doesNotContainIgnoringCase("Sekerba").doesNotContainIgnoringCase("Zhanar");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.render(redacted, LetterFormat.DOCX)));
             XWPFWordExtractor words = new XWPFWordExtractor(document)) {
            assertThat(words.getText()).contains("This letter concerns [REDACTED], also written [REDACTED].");
        }
    }

    /** Every XML part of the DOCX package (body, core properties, styles), unzipped. */
    private static String docxXml(byte[] docx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static Document xml(byte[] html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    }

    private static Element part(Document dom, String cssClass) {
        NodeList divs = dom.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            if (cssClass.equals(((Element) divs.item(i)).getAttribute("class"))) {
                return (Element) divs.item(i);
            }
        }
        throw new AssertionError("no part " + cssClass);
    }

    /** PDF text with line breaks as spaces: the layout wraps lines wherever the page ends. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
