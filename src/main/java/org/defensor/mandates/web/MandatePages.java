package org.defensor.mandates.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.defensor.mandates.HolderData;
import org.defensor.mandates.MandateData;
import org.defensor.mandates.MandateKind;
import org.defensor.mandates.Mandates;
import org.defensor.security.Access;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.web.ApiProblems.FieldError;
import org.defensor.web.AuditPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of the mandate catalogue: list, mandate, history for everyone signed in; form and delete for admins. */
@Controller
@RequestMapping("/mandates")
class MandatePages {

    /** A mandate with who holds it and the resolution letters cite on the day the page is shown; null when unknown. */
    record Current(MandateData mandate, HolderData holder, String resolution) {}

    private final Mandates mandates;
    private final Clock clock;

    MandatePages(Mandates mandates, Clock clock) {
        this.mandates = mandates;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public String list(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("rows", mandates.list().stream().map(m -> current(m, today)).toList());
        return "mandates/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public String view(@PathVariable UUID id, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("row", current(mandates.get(id), today));
        return "mandates/view";
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public String history(@PathVariable UUID id, Model model) {
        return AuditPage.of(model, mandates.get(id).title(), "/mandates/" + id, mandates.history(id), false);
    }

    @GetMapping("/new")
    @PreAuthorize(Access.ADMIN)
    public String create(Model model) {
        return form(model, MandateForm.blank(), null, List.of());
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Access.ADMIN)
    public String edit(@PathVariable UUID id, Model model) {
        return form(model, MandateForm.of(mandates.get(id)), id, List.of());
    }

    @PostMapping
    @PreAuthorize(Access.ADMIN)
    public String save(@ModelAttribute("form") MandateForm form, Model model) {
        return save(form, null, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Access.ADMIN)
    public String update(@PathVariable UUID id, @ModelAttribute("form") MandateForm form, Model model) {
        return save(form, id, model);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Access.ADMIN)
    public String delete(@PathVariable UUID id, @RequestParam long version) {
        mandates.delete(id, version);
        return "redirect:/mandates";
    }

    // ---- rows the form adds with htmx ----------------------------------------------------------

    /** An empty resolution or holder row, numbered {@code index}. */
    @GetMapping("/form/{kind}")
    @PreAuthorize(Access.ADMIN)
    public String row(@PathVariable String kind, @RequestParam int index, Model model) {
        model.addAttribute("i", index);
        model.addAttribute("row", switch (kind) {
            case "resolution" -> new MandateForm.Resolution();
            case "holder" -> new MandateForm.Holder();
            default -> throw new RecordNotFoundException("kind of row", kind);
        });
        model.addAttribute("invalid", Set.of());
        return "mandates/rows :: " + kind;
    }

    /** The mandate's page when it was saved; otherwise the form again, as typed, with every reason. */
    private String save(MandateForm form, UUID id, Model model) {
        form.dropBlankRows();
        List<FieldError> errors = new ArrayList<>();
        MandateData data = form.toData(id, errors);
        if (!errors.isEmpty()) {
            return form(model, form, id, errors);
        }
        try {
            MandateData saved = id == null ? mandates.create(data) : mandates.update(id, data);
            return "redirect:/mandates/" + saved.id();
        } catch (InvalidRecordException e) {
            return form(model, form, id, e.violations().stream().map(v -> new FieldError(v.field(), v.reason())).toList());
        }
    }

    private String form(Model model, MandateForm form, UUID id, List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", MandateKind.values());
        model.addAttribute("errors", errors);
        // The fields to mark as invalid next to where they were typed.
        model.addAttribute("invalid", errors.stream().map(FieldError::field).collect(Collectors.toSet()));
        return "mandates/form";
    }

    private Current current(MandateData mandate, LocalDate day) {
        return new Current(mandate, mandates.holderOn(mandate.id(), day).orElse(null),
                mandates.resolutionOn(mandate.id(), day).orElse(null));
    }
}
