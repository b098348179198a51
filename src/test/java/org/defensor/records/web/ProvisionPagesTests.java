package org.defensor.records.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.defensor.support.ServerTest;
import org.defensor.support.WebSession;
import org.junit.jupiter.api.Test;

class ProvisionPagesTests extends ServerTest {

    @Test
    void aViewerReadsTheCatalogueGroupedByInstrument() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);
        WebSession.Page page = web.get("/provisions");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<h2 class=\"h5\">ICCPR</h2>", "ICCPR, art. 19(3)",
                "Permissible restrictions on freedom of expression", "ICCPR:19(3)",
                "<h2 class=\"h5\">Code of Administrative Offences of Kazakhstan</h2>",
                "Code of Administrative Offences of Kazakhstan, art. 489, part 9", "KAZ-CAO:489(9)");
        // Headings follow the catalogue's order, each instrument once.
        assertThat(page.html().indexOf(">ICCPR</h2>")).isLessThan(page.html().indexOf(">UDHR</h2>"));
    }

    @Test
    void theFilterMatchesCodeTitleAndCitation() {
        WebSession web = WebSession.signIn(port, "test-viewer", PASSWORD);

        String byTitle = web.get("/provisions?q=PEACEFUL+assembly").html();
        assertThat(byTitle).contains("Right of peaceful assembly", "ICCPR, art. 21")
                .doesNotContain("Permissible restrictions on freedom of expression");

        String byCode = web.get("/provisions?q=KAZ-CAO:489(9)").html();
        assertThat(byCode).contains("Leading an unregistered public association")
                .doesNotContain(">ICCPR</h2>", ">UDHR</h2>");

        String byCitation = web.get("/provisions?q=art.+19(3)").html();
        assertThat(byCitation).contains("ICCPR, art. 19(3)").doesNotContain("Right of peaceful assembly");

        assertThat(web.get("/provisions?q=no+such+provision").html()).contains("No provision matches.");
    }

    @Test
    void anonymousUsersAreSentToSignIn() {
        WebSession.Page page = WebSession.anonymous(port).get("/provisions");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }
}
