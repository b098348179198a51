package org.defensor.letters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.view.MustacheViewResolver;
import org.springframework.context.ApplicationContext;

class LetterTemplatePagesTests extends ServerTest {

    private static final String LIST = "/admin/letter-templates";

    private static String version(String html) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertThat(version.find()).as("the form carries the version it was read at").isTrue();
        return version.group(1);
    }

    @Test
    void anAdminChangesTheWordingOfEveryLetter() {
        WebSession web = WebSession.signIn(port, "test-admin", PASSWORD);
        assertThat(web.get(LIST).html()).contains("Letter templates", "Salutation", "Excellency,", "Question bank",
                "question.accountability", "href=\"/admin/letter-templates/salutation\"");
        WebSession.Page form = web.get(LIST + "/salutation");
        assertThat(form.html()).contains("Edit Salutation", "id=\"template-form\"");

        WebSession.Page saved = web.post(LIST + "/salutation", Map.of("label", "Salutation", "text", "Your Excellency,",
                "version", version(form.html())));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(LIST);
        assertThat(web.get(LIST).html()).contains("&#39;Salutation&#39; saved.", "Your Excellency,");
        assertThat(web.get(LIST + "/salutation/history").html()).contains("History of", "test-admin", "update",
                "Your Excellency,");
    }

    @Test
    void aRefusedTemplateComesBackAsTypedWithTheReasonBesideTheField() {
        WebSession web = WebSession.signIn(port, "test-admin", PASSWORD);
        String version = version(web.get(LIST + "/concerns").html());

        WebSession.Page refused = web.post(LIST + "/concerns", Map.of("label", "", "text",
                "We are concerned about\n{{#persons}}{{.}}{{/persns}}", "version", version));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"text-problems\"", "Section close tag with mismatched open tag &#39;persns&#39; != &#39;persons&#39; @ line 2",
                        "id=\"label-problems\"", "is required", "{{#persons}}{{.}}{{/persns}}</textarea>")
                .contains("Edit Concerns (default for a new draft)", "class=\"form-control font-monospace is-invalid\" id=\"text\"");
        assertThat(web.get(LIST).html()).doesNotContain("{{/persns}}");
    }

    @Test
    void anAdminAddsAQuestionToTheBankAndRemovesIt() {
        WebSession web = WebSession.signIn(port, "test-admin", PASSWORD);
        web.get(LIST);

        WebSession.Page added = web.post(LIST, Map.of("label", "Threats online",
                "text", "Please indicate what steps have been taken to identify those who threatened {{persons}} online."));
        assertThat(added.status()).isEqualTo(302);
        String list = web.get(LIST).html();
        assertThat(list).contains("Question &#39;Threats online&#39; added.", "question.threats-online",
                "identify those who threatened {{persons}} online");

        WebSession.Page removed = web.post(LIST + "/question.threats-online/delete", Map.of("version", "0"));
        assertThat(removed.status()).isEqualTo(302);
        assertThat(web.get(LIST).html()).contains("Question &#39;Threats online&#39; removed.")
                .doesNotContain("question.threats-online");

        WebSession.Page refused = web.post(LIST, Map.of("label", "Unknown value", "text", "Ask about {{victims}}."));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"text-problems\"", "uses {{victims}}, which this template does not receive",
                "value=\"Unknown value\"");
    }

    @Test
    void mustacheFillsWordingButRendersNoPages(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(MustacheViewResolver.class)).isEmpty();
    }

    @Test
    void editorsReadTheTemplatesWithoutEditingThemAndViewersCannotSeeThem() {
        WebSession editorWeb = WebSession.signIn(port, "test-editor", PASSWORD);
        WebSession.Page list = editorWeb.get(LIST);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("Excellency,", "href=\"/admin/letter-templates\"")
                .doesNotContain("href=\"/admin/letter-templates/salutation\"", "id=\"question-form\"", ">Remove<");
        assertThat(editorWeb.get(LIST + "/salutation").status()).isEqualTo(403);
        assertThat(editorWeb.post(LIST + "/salutation", Map.of("label", "x", "text", "y", "version", "0")).status()).isEqualTo(403);
        assertThat(editorWeb.post(LIST, Map.of("label", "x", "text", "y")).status()).isEqualTo(403);

        WebSession viewerWeb = WebSession.signIn(port, "test-viewer", PASSWORD);
        assertThat(viewerWeb.get("/").html()).doesNotContain("/admin/letter-templates");
        assertThat(viewerWeb.get(LIST).status()).isEqualTo(403);
        assertThat(WebSession.anonymous(port).get(LIST).location()).endsWith("/login");
    }
}
