package org.defensor.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defensor.letters.TemplateData;
import org.defensor.letters.TemplateKind;
import org.junit.jupiter.api.Test;

class WordingTests {

    private static final List<TemplateData> DEFAULTS = DefaultTemplates.load();

    private static String fillDefault(String key, Map<String, ?> values) {
        return Wording.fill(DEFAULTS.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow().text(), values);
    }

    private static Map<String, Object> letter(String reference, String sent, String... replies) {
        return Map.of("reference", reference, "sent", sent, "replies", List.of(replies).stream().map(d -> Map.of("date", d)).toList());
    }

    @Test
    void everyWordingKeyHasADefaultAndEveryDefaultIsAValidTemplate() {
        assertThat(DEFAULTS.stream().filter(t -> t.kind() == TemplateKind.WORDING).map(TemplateData::key))
                .containsExactlyInAnyOrderElementsOf(TemplateValues.WORDING.keySet());
        assertThat(DEFAULTS.stream().filter(t -> t.kind() == TemplateKind.QUESTION).map(TemplateData::key))
                .containsExactly("question.comments", "question.accountability", "question.investigations",
                        "question.legal-basis", "question.protection", "question.remedies");
        assertThat(DEFAULTS).allSatisfy(t -> {
            assertThat(t.label()).isNotBlank();
            assertThat(Wording.problems(t.text(), TemplateValues.of(t.kind(), t.key()))).as(t.key()).isEmpty();
        });
    }

    @Test
    void earlierLettersAreListedWithTheirRepliesJoinedAsASentence() {
        assertThat(fillDefault("previous", Map.of("earlier", List.of(letter("AL KAZ 1/2023", "3 March 2023")), "anyReply", false)))
                .isEqualTo("This letter follows our letter AL KAZ 1/2023, sent on 3 March 2023.");

        assertThat(fillDefault("previous", Map.of("anyReply", true, "earlier", List.of(
                letter("AL KAZ 1/2023", "3 March 2023", "2 May 2023", "9 June 2023", "1 July 2023"),
                letter("AL KAZ 2/2024", "4 April 2024"),
                letter("UA KAZ 3/2024", "5 May 2024", "6 June 2024")))))
                .isEqualTo("This letter follows our letter AL KAZ 1/2023, sent on 3 March 2023, which your Excellency's"
                        + " Government answered on 2 May 2023, 9 June 2023 and 1 July 2023; our letter AL KAZ 2/2024, sent on"
                        + " 4 April 2024; and our letter UA KAZ 3/2024, sent on 5 May 2024, which your Excellency's Government"
                        + " answered on 6 June 2024. We thank your Excellency's Government for its replies and for the"
                        + " information they set out.");
    }

    @Test
    void questionsListEachIncidentWithItsPlaceWhenKnown() {
        Map<String, Object> values = Map.of("persons", "Zhanar Sekerbayeva", "incidents", List.of(
                Map.of("title", "Attempted vehicle assault", "date", "29 July 2023", "place", "Almaty"),
                Map.of("title", "Disrupted meeting", "date", "10 October 2024", "place", "")));

        assertThat(fillDefault("question.accountability", values)).endsWith(
                "by what means: Attempted vehicle assault, 29 July 2023, Almaty; Disrupted meeting, 10 October 2024.");
        assertThat(fillDefault("question.protection", values)).contains("integrity of Zhanar Sekerbayeva, and");
        assertThat(fillDefault("reply-window", Map.of("days", 60)))
                .startsWith("We would welcome a reply within 60 days.")
                .contains("communications reporting website", "report presented to the Human Rights Council");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLine() {
        assertThat(Wording.problems("Concerning {{#persons}}\nthe persons {{/person}}", Set.of("persons")))
                .containsExactly("is not a valid template: Section close tag with mismatched open tag 'person' != 'persons' @ line 2");
        assertThat(Wording.problems("Concerning\n{{#persons}}", Set.of("persons")))
                .containsExactly("is not a valid template: Section missing close tag 'persons' @ line 2");
        assertThat(Wording.problems("One\ntwo\nthree {{persons and more", Set.of("persons")))
                .containsExactly("has a tag that is not closed: '{{persons and more' on line 3");
        assertThat(Wording.problems("One\n{{ }}", Set.of())).containsExactly("has an empty or malformed tag on line 2");
    }

    @Test
    void aTemplateMayUseOnlyTheValuesItReceives() {
        assertThat(Wording.problems("Concerning {{persson}} and {{class.name}}.", Set.of("persons")))
                .containsExactly("uses {{class.name}}, {{persson}}, which this template does not receive; it receives persons");
        assertThat(Wording.problems("{{#incidents}}{{title}}{{^-last}}, {{/-last}}{{/incidents}}", TemplateValues.QUESTION))
                .isEmpty();
        assertThat(Wording.problems("See {{> other}}", Set.of()))
                .containsExactly("includes another template ({{> other}}), which letters do not support");
    }
}
