package org.defensor.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.defensor.letters.Letter;
import org.defensor.letters.Part;
import org.defensor.letters.PartKind;
import org.w3c.dom.Document;

class LetterHtmlProperties {

    @Property(tries = 500)
    void anyTextGivesWellFormedXhtmlThatSaysExactlyThatText(@ForAll("texts") String heading,
                                                              @ForAll("texts") String paragraph,
                                                              @ForAll PartKind kind) throws Exception {
        Letter letter = new Letter("AL 1/2024", List.of(new Part(kind, heading, List.of(paragraph))));

        Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(HtmlLetter.render(letter).getBytes(StandardCharsets.UTF_8)));

        // Line breaks become <br/>; characters XML cannot hold are dropped; everything else is kept as given.
        String expected = XmlText.clean(paragraph).replaceAll("\\R", "");
        assertThat(dom.getElementsByTagName("body").item(0).getTextContent()).contains(expected);
        if (!heading.isBlank()) {
            assertThat(dom.getElementsByTagName("h3").item(0).getTextContent()).isEqualTo(XmlText.clean(heading));
        }
        assertThat(dom.getElementsByTagName("script").getLength()).isZero();
    }

    /** Any characters, and often markup, line ends and characters XML cannot hold. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(120),
                Arbitraries.strings().withChars("<>&'\"\r\n\t\u0000\u0008\uD800\uFFFE ab/=").ofMaxLength(60));
    }
}
