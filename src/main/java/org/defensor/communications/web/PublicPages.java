package org.defensor.communications.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.defensor.shared.CalendarYear;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.PublicCommunications;
import org.defensor.letters.LetterFormat;
import org.defensor.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Published communications and their replies for anyone, without signing in, as the UN's
 * communications reports list them; only what {@link PublicCommunications} lets out, redacted.
 */
@Controller
@RequestMapping("/public/communications")
class PublicPages {

    /** What the list is filtered by, as chosen; null is any. */
    record Filter(String country, UUID mandate, CommunicationType type, Integer year) {}

    private final PublicCommunications published;

    PublicPages(PublicCommunications published) {
        this.published = published;
    }

    @GetMapping
    @PreAuthorize(Access.ANYONE)
    public String list(@RequestParam(required = false) String country, @RequestParam(required = false) UUID mandate,
                       @RequestParam(required = false) CommunicationType type, @RequestParam(required = false) CalendarYear year,
                       Model model) {
        // The form sends an empty State for "any"; the other parameters convert empty to null themselves.
        Filter filter = new Filter(country == null || country.isBlank() ? null : country.strip(), mandate, type, CalendarYear.number(year));
        model.addAttribute("filter", filter);
        model.addAttribute("communications", published.list(filter.country(), filter.mandate(), filter.type(), filter.year()));
        model.addAttribute("choices", published.choices());
        model.addAttribute("types", CommunicationType.values());
        return "public/communications";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.ANYONE)
    public String view(@PathVariable UUID id, Model model) {
        model.addAttribute("communication", published.get(id));
        model.addAttribute("letter", body(published.letter(id, LetterFormat.HTML)));
        model.addAttribute("formats", LetterFormat.values());
        return "public/communication";
    }

    /**
     * The content of the letter's XHTML body, to show inside the page (its own styles would restyle
     * the page). Safe to insert unescaped: the renderer escapes every text and writes only its own tags.
     */
    private static String body(byte[] xhtml) {
        String html = new String(xhtml, StandardCharsets.UTF_8);
        int start = html.indexOf("<body>");
        int end = html.lastIndexOf("</body>");
        if (start < 0 || end < start) {
            throw new IllegalStateException("the rendered letter has no body");
        }
        return html.substring(start + "<body>".length(), end);
    }
}
