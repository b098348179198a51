package org.defensor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.defensor.shared.Redaction.Name;
import org.junit.jupiter.api.Test;

/** One test per form a name takes in a letter, and per word that must stay. */
class RedactionTests {

    private static final Name SEKERBAYEVA = Name.person("person 1", "Zhanar Sekerbayeva", "Sekerbaeva", "Жанар Секербаева");
    private static final Redaction R = Redaction.of(List.of(SEKERBAYEVA));

    private static String redact(String text) {
        return R.apply(text);
    }

    @Test
    void fullNameIsOneMark() {
        assertThat(redact("Ms. Zhanar Sekerbayeva was detained.")).isEqualTo("Ms. [REDACTED] was detained.");
    }

    @Test
    void fullNameFamilyNameFirst() {
        assertThat(redact("Sekerbayeva Zhanar, born 1985")).isEqualTo("[REDACTED], born 1985");
    }

    @Test
    void familyNameAlone() {
        assertThat(redact("Ms. Sekerbayeva filed a complaint.")).isEqualTo("Ms. [REDACTED] filed a complaint.");
    }

    @Test
    void givenNameAloneAsAWord() {
        assertThat(redact("Zhanar said so; Zhanarbek did not.")).isEqualTo("[REDACTED] said so; Zhanarbek did not.");
    }

    @Test
    void latinTransliterationsOfOneName() {
        assertThat(redact("Sekerbaeva, Sekerbaieva and Janar")).isEqualTo("[REDACTED], [REDACTED] and [REDACTED]");
    }

    @Test
    void cyrillicFormOfALatinName() {
        Redaction latinOnly = Redaction.of(List.of(Name.person("p", "Zhanar Sekerbayeva")));
        assertThat(latinOnly.apply("Жанар Секербаева и Секербаева")).isEqualTo("[REDACTED] и [REDACTED]");
    }

    @Test
    void latinFormOfACyrillicName() {
        Redaction cyrillicOnly = Redaction.of(List.of(Name.person("p", "Гульзада Сержан")));
        assertThat(cyrillicOnly.apply("Ms. Gulzada Serzhan and Ms. Serjan")).isEqualTo("Ms. [REDACTED] and Ms. [REDACTED]");
    }

    @Test
    void russianCaseEndingsInCyrillicAndLatin() {
        assertThat(redact("с Секербаевой, к Секербаевой, Sekerbayevoy, Sekerbayevu, Sekerbayevoi"))
                .isEqualTo("с [REDACTED], к [REDACTED], [REDACTED], [REDACTED], [REDACTED]");
        Redaction male = Redaction.of(List.of(Name.person("p", "Ivan Ivanov")));
        assertThat(male.apply("Ivanova, Ivanovym, Ivanovu, Иванову")).isEqualTo("[REDACTED], [REDACTED], [REDACTED], [REDACTED]");
    }

    @Test
    void kazakhCaseEndings() {
        assertThat(redact("Жанарға, Zhanarga, Zhanardyn")).isEqualTo("[REDACTED], [REDACTED], [REDACTED]");
    }

    @Test
    void englishPossessive() {
        assertThat(redact("Sekerbayeva's lawyer and Sekerbayeva’s car")).isEqualTo("[REDACTED] lawyer and [REDACTED] car");
    }

    @Test
    void hyphenatedSurnameAndItsParts() {
        Redaction r = Redaction.of(List.of(Name.person("p", "Anna Ivanova-Petrova")));
        assertThat(r.apply("Ms. Ivanova-Petrova, Ms. Petrova, Ms. Ivanova – Petrova")).isEqualTo("Ms. [REDACTED], Ms. [REDACTED], Ms. [REDACTED]");
    }

    @Test
    void nonBreakingSpaceSoftHyphenAndZeroWidthInsideTheName() {
        assertThat(redact("Zhanar\u00A0Sekerbayeva; Seker\u00ADbayeva; Seker\u200Bbayeva; Zhanar\u202FSekerbayeva"))
                .isEqualTo("[REDACTED]; [REDACTED]; [REDACTED]; [REDACTED]");
    }

    @Test
    void otherDashesInsideTheName() {
        assertThat(redact("Seker\u2011bayeva and Seker\u2010bayeva")).isEqualTo("[REDACTED] and [REDACTED]");
    }

    @Test
    void hyphenationAtTheEndOfALine() {
        assertThat(redact("Ms. Seker-\nbayeva was fined")).isEqualTo("Ms. [REDACTED] was fined");
        assertThat(redact("Zhanar Seker-\n  bayeva was fined")).isEqualTo("[REDACTED] was fined");
    }

    @Test
    void initialsBeforeAndAfter() {
        assertThat(redact("Z. Sekerbayeva, Sekerbayeva Z., Z.A. Sekerbayeva, Ж. Секербаева and Sekerbayeva Z.A. met"))
                .isEqualTo("[REDACTED], [REDACTED], [REDACTED], [REDACTED] and [REDACTED] met");
    }

    @Test
    void anyCase() {
        assertThat(redact("SEKERBAYEVA, sekerbayeva, ZHANAR SEKERBAYEVA")).isEqualTo("[REDACTED], [REDACTED], [REDACTED]");
    }

    @Test
    void lightOcrNoise() {
        Redaction r = Redaction.of(List.of(Name.person("p", "Gulzada Serzhan"), Name.person("q", "Kim Sokolova")));
        assertThat(r.apply("GuIzada, Gu1zada, S0kolova, Kirn said")).isEqualTo("[REDACTED], [REDACTED], [REDACTED], [REDACTED] said");
    }

    @Test
    void wordsThatContainTheNameStay() {
        assertThat(redact("Zhanarovna, Sekerbayevsky street, Zhanarbek")).isEqualTo("Zhanarovna, Sekerbayevsky street, Zhanarbek");
    }

    @Test
    void aShortNamePartIsNeverWithheldAloneButIsInTheWholeName() {
        Redaction r = Redaction.of(List.of(Name.person("p", "Li Na"), Name.person("q", "Ola Bini")));
        assertThat(r.apply("Li Na spoke to Liam; a linear Na ion")).isEqualTo("[REDACTED] spoke to Liam; a linear Na ion");
        assertThat(r.apply("Ola said hola to ola")).isEqualTo("[REDACTED] said hola to ola");
    }

    @Test
    void anOrganisationIsWithheldByItsWholeNameOnly() {
        Redaction r = Redaction.of(List.of(Name.organisation("o", "Feminita Kazakhstan Feminist Initiative", "Feminita")));
        assertThat(r.apply("Feminita Kazakhstan Feminist Initiative, Feminita and Kazakhstan"))
                .isEqualTo("[REDACTED], [REDACTED] and Kazakhstan");
    }

    @Test
    void residueNamesWhatStillAppears() {
        Name other = Name.person("person 2", "Gulzada Serzhan");
        Redaction r = Redaction.of(List.of(SEKERBAYEVA, other));
        assertThat(r.residue("Ms. Serzhan met the press")).containsExactly(other);
        assertThat(r.residue(r.apply("Ms. Serzhan and Ms. Sekerbayeva"))).isEmpty();
    }
}
