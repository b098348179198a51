package org.defensor.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Identifiers of recommendations: read as documents write them, ordered as documents order them. */
class ParagraphIdProperties {

    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};

    private static List<String> texts(List<ParagraphId> ids) {
        return ids.stream().map(ParagraphId::toString).toList();
    }

    @Example
    void paragraphsSubParagraphsAndDeeperLevelsSortInDocumentOrder() {
        List<String> documentOrder = List.of("9", "10", "10(a)", "10(b)", "11", "12", "12(a)", "14(a)", "14(b)", "14(c)", "22(c)", "22(e)",
                "26(f)", "48(b)", "48(b)(ii)", "48(b)(iii)", "48(b)(v)", "48(b)(ix)", "48(b)(x)", "48(c)", "52", "54", "54(a)", "54(b)",
                "140.9", "140.49", "140.92", "140.103", "140.110", "140.111", "140.290");
        List<ParagraphId> shuffled = new ArrayList<>(documentOrder.stream().map(ParagraphId::parse).toList());
        Collections.shuffle(shuffled, new java.util.Random(7));
        Collections.sort(shuffled);
        assertThat(texts(shuffled)).containsExactlyElementsOf(documentOrder);
    }

    @Example
    void identifiersAreReadAsDocumentsWriteThem() {
        assertThat(ParagraphId.parse(" 54. ").toString()).isEqualTo("54");
        assertThat(ParagraphId.parse("14 (A)").toString()).isEqualTo("14(a)");
        assertThat(ParagraphId.parse("48(b)(III)")).isEqualTo(ParagraphId.parse("48(b)(iii)"));
        assertThat(ParagraphId.parse("140.092").toString()).isEqualTo("140.92");
    }

    @Example
    void aSubParagraphIsPartOfItsParagraph() {
        assertThat(ParagraphId.parse("54(a)").parent()).contains(ParagraphId.parse("54"));
        assertThat(ParagraphId.parse("48(b)(iii)").parent()).contains(ParagraphId.parse("48(b)"));
        assertThat(ParagraphId.parse("140.92").parent()).contains(ParagraphId.parse("140"));
        assertThat(ParagraphId.parse("54").parent()).isEmpty();
        assertThat(ParagraphId.parse("54(a)").within(ParagraphId.parse("54"))).isTrue();
        assertThat(ParagraphId.parse("54(a)").within(ParagraphId.parse("5"))).isFalse();
    }

    @Example
    void theFirstParenthesisedLevelIsLetteredSoItsIIsALetterAndDeeperLevelsAreRoman() {
        // (i) after (h) at the first level; (ix) before (x) deeper down.
        assertThat(ParagraphId.parse("10(h)")).isLessThan(ParagraphId.parse("10(i)"));
        assertThat(ParagraphId.parse("10(i)")).isLessThan(ParagraphId.parse("10(j)"));
        assertThat(ParagraphId.parse("48(b)(v)")).isLessThan(ParagraphId.parse("48(b)(ix)"));
        assertThat(ParagraphId.parse("10(z)")).isLessThan(ParagraphId.parse("10(aa)"));
    }

    @Example
    void whatIsNotAnIdentifierIsRefusedWithTheReason() {
        for (String bad : List.of("", "para 14", "14(a", "(a)", "14(a1)", "140..92", "14.a")) {
            assertThatThrownBy(() -> ParagraphId.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("identifier");
        }
    }

    @Provide
    Arbitrary<ParagraphId> identifiers() {
        Arbitrary<String> numbers = Arbitraries.integers().between(1, 300).list().ofMinSize(1).ofMaxSize(2)
                .map(list -> String.join(".", list.stream().map(String::valueOf).toList()));
        Arbitrary<String> letter = Arbitraries.chars().range('a', 'z').map(c -> "(" + c + ")");
        Arbitrary<String> roman = Arbitraries.of(ROMAN).map(r -> "(" + r + ")");
        Arbitrary<String> parts = Combinators.combine(letter.optional(), roman.optional())
                .as((l, r) -> l.map(x -> x + r.orElse("")).orElse(""));
        return Combinators.combine(numbers, parts).as((n, p) -> ParagraphId.parse(n + p));
    }

    @Property
    void theCanonicalTextReadsBackAsTheSameIdentifier(@ForAll("identifiers") ParagraphId id) {
        assertThat(ParagraphId.parse(id.toString())).isEqualTo(id);
        assertThat(ParagraphId.parse(id.toString()).sortKey()).isEqualTo(id.sortKey());
    }

    @Property
    void theOrderIsTotalAndAgreesWithEquality(@ForAll("identifiers") ParagraphId a, @ForAll("identifiers") ParagraphId b,
                                              @ForAll("identifiers") ParagraphId c) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void aParentComesBeforeItsPartsAndEveryPartBeforeTheNextParagraph(@ForAll("identifiers") ParagraphId id) {
        id.parent().ifPresent(parent -> {
            assertThat(parent).isLessThan(id);
            assertThat(id.within(parent)).isTrue();
            assertThat(parent.depth()).isEqualTo(id.depth() - 1);
        });
        String text = id.toString();
        int first = Integer.parseInt(text.split("[.(]")[0]);
        ParagraphId next = ParagraphId.parse(String.valueOf(first + 1));
        assertThat(id).isLessThan(next);
    }
}
