package org.defensor.letters.internal;

import java.util.List;
import org.defensor.letters.Letter;
import org.defensor.letters.Part;
import org.defensor.letters.PartKind;

/** A complete letter with every part, Cyrillic and Kazakh names included. */
final class SampleLetters {

    static final String REFERENCE = "AL KAZ 4/2024";
    static final List<String> QUESTIONS = List.of(
            "Please share any further information on the matters described above.",
            "Please state whether anyone has been held to account for the attack of 29 July 2023.",
            "Please describe the measures taken to protect Жанар Секербаева and Zhanar Sekerbayeva.");

    private SampleLetters() {}

    static Letter letter() {
        return new Letter(REFERENCE, List.of(
                Part.of(PartKind.MANDATES, "Mandates of the Special Rapporteur on the situation of human rights defenders"),
                Part.of(PartKind.REFERENCE, "Reference: " + REFERENCE, "Kindly cite this reference when replying."),
                Part.of(PartKind.DATE, "13 May 2024"),
                Part.of(PartKind.SALUTATION, "Excellency,"),
                Part.of(PartKind.CAPACITIES, "We write in our capacities as Special Rapporteur, under resolution 52/4."),
                Part.of(PartKind.SUMMARY, "This letter concerns Zhanar Sekerbayeva (Жанар Секербаева)."),
                new Part(PartKind.FACTS, "Attempted vehicle assault on Timiryazev Street, 29 July 2023",
                        List.of("A car drove at Ms. Sekerbaeva twice.", "The police took no action.")),
                new Part(PartKind.FACTS, "Meeting disrupted in Өскемен, 10 October 2024",
                        List.of("Қазақстан: the venue in Ұлытау street was closed; Әділет officials attended.")),
                Part.of(PartKind.CONCERNS, "We are deeply troubled by these reports."),
                new Part(PartKind.QUESTIONS, null, QUESTIONS),
                Part.of(PartKind.REPLY_WINDOW, "We would welcome a reply within 60 days."),
                Part.of(PartKind.CLOSING, "We extend to your Excellency our highest esteem."),
                new Part(PartKind.SIGNATURES, null, List.of(
                        "Ana Moreno\nSpecial Rapporteur on the situation of human rights defenders",
                        "Kofi Mensah\nSpecial Rapporteur on freedom of opinion and expression")),
                new Part(PartKind.ANNEX, "International Covenant on Civil and Political Rights",
                        List.of("Article 19 protects the freedom of expression.", "Article 21 protects peaceful assembly.")),
                new Part(PartKind.ANNEX, "Declaration on Human Rights Defenders",
                        List.of("Article 12 asks States to protect defenders."))));
    }
}
