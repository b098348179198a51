package org.defensor.letters.web;

import java.util.List;
import java.util.stream.Collectors;
import org.defensor.letters.LetterTemplates;
import org.defensor.letters.TemplateData;
import org.defensor.letters.TemplateKind;
import org.defensor.security.Access;
import org.defensor.shared.InvalidRecordException;
import org.defensor.web.AuditPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wording of letters and the question bank: editors read them, admins edit the wording and
 * add or remove questions. A refused change comes back as typed, each reason beside its field.
 */
@Controller
class LetterTemplatePages {

    private static final String LIST = "/admin/letter-templates";

    private final LetterTemplates templates;

    LetterTemplatePages(LetterTemplates templates) {
        this.templates = templates;
    }

    @GetMapping(LIST)
    @PreAuthorize(Access.WRITE)
    public String list(Model model) {
        return list(model, "", "");
    }

    @PostMapping(LIST)
    @PreAuthorize(Access.ADMIN)
    public String addQuestion(@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String text,
                              Model model, RedirectAttributes redirect) {
        try {
            TemplateData added = templates.addQuestion(new TemplateData(null, TemplateKind.QUESTION, label, text, null));
            redirect.addFlashAttribute("done", "Question '" + added.label() + "' added.");
            return "redirect:" + LIST;
        } catch (InvalidRecordException e) {
            refused(model, e);
            return list(model, label, text);
        }
    }

    @GetMapping(LIST + "/{key}")
    @PreAuthorize(Access.ADMIN)
    public String edit(@PathVariable String key, Model model) {
        TemplateData template = templates.get(key);
        model.addAttribute("template", template);
        model.addAttribute("name", template.label());
        return "letters/template";
    }

    @PostMapping(LIST + "/{key}")
    @PreAuthorize(Access.ADMIN)
    public String update(@PathVariable String key, @RequestParam(defaultValue = "") String label,
                         @RequestParam(defaultValue = "") String text, @RequestParam(required = false) Long version,
                         Model model, RedirectAttributes redirect) {
        TemplateData stored = templates.get(key);
        try {
            TemplateData saved = templates.update(key, new TemplateData(key, stored.kind(), label, text, version));
            redirect.addFlashAttribute("done", "'" + saved.label() + "' saved.");
            return "redirect:" + LIST;
        } catch (InvalidRecordException e) {
            refused(model, e);
            model.addAttribute("template", new TemplateData(key, stored.kind(), label, text, version));
            model.addAttribute("name", stored.label());
            return "letters/template";
        }
    }

    @PostMapping(LIST + "/{key}/delete")
    @PreAuthorize(Access.ADMIN)
    public String removeQuestion(@PathVariable String key, @RequestParam long version, RedirectAttributes redirect) {
        String label = templates.get(key).label();
        templates.removeQuestion(key, version);
        redirect.addFlashAttribute("done", "Question '" + label + "' removed.");
        return "redirect:" + LIST;
    }

    @GetMapping(LIST + "/{key}/history")
    @PreAuthorize(Access.WRITE)
    public String history(@PathVariable String key, Model model) {
        return AuditPage.of(model, "letter template " + key, LIST, templates.history(key), false);
    }

    private String list(Model model, String label, String text) {
        List<TemplateData> all = templates.list();
        model.addAttribute("wording", all.stream().filter(t -> t.kind() == TemplateKind.WORDING).toList());
        model.addAttribute("questions", all.stream().filter(t -> t.kind() == TemplateKind.QUESTION).toList());
        model.addAttribute("label", label);
        model.addAttribute("text", text);
        return "letters/templates";
    }

    /** The reasons, for the summary above the form, and the fields they name, to mark them. */
    private static void refused(Model model, InvalidRecordException e) {
        model.addAttribute("errors", e.violations());
        model.addAttribute("invalid", e.violations().stream().map(InvalidRecordException.Violation::field)
                .collect(Collectors.toSet()));
    }
}
