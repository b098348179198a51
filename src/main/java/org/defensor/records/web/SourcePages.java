package org.defensor.records.web;

import java.util.List;
import java.util.UUID;
import org.defensor.records.RecordFilter;
import org.defensor.records.Reliability;
import org.defensor.records.SourceData;
import org.defensor.records.SourceKind;
import org.defensor.records.Sources;
import org.defensor.security.Access;
import org.defensor.shared.Confidentiality;
import org.defensor.web.ApiProblems;
import org.defensor.web.PageData;
import org.defensor.web.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for sources: list, form, view, history. */
@Controller
@RequestMapping("/sources")
class SourcePages extends RecordPages<SourceData, SourceForm> {

    private final Sources sources;

    SourcePages(Sources sources) {
        super(sources, "sources");
        this.sources = sources;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) SourceKind kind,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        RecordFilter filter = new RecordFilter(q, null, null, kind == null ? null : kind.name());
        model.addAttribute("page", PageData.of(sources.list(filter, new Paging(page, 50).request())));
        model.addAttribute("q", q);
        model.addAttribute("kinds", SourceKind.values());
        return "sources/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public String view(@PathVariable UUID id, Model model) {
        model.addAttribute("source", sources.get(id));
        return "sources/view";
    }

    @Override
    SourceForm newForm() {
        return new SourceForm();
    }

    @Override
    SourceForm formOf(SourceData record) {
        return SourceForm.of(record);
    }

    @Override
    SourceData toData(SourceForm form, UUID id, SourceData stored, List<ApiProblems.FieldError> errors) {
        return form.toData(id, errors);
    }

    @Override
    UUID idOf(SourceData record) {
        return record.id();
    }

    @Override
    String form(Model model, SourceForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute("reliabilities", Reliability.values());
        model.addAttribute("levels", Confidentiality.values());
        return "sources/form";
    }
}
