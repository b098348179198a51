package org.defensor.letters.web;

import java.util.List;
import org.defensor.audit.AuditEntry;
import org.defensor.letters.LetterTemplates;
import org.defensor.letters.TemplateData;
import org.defensor.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The wording templates and the question bank: editors read them to draft letters, admins change them. */
@RestController
@RequestMapping("/api/v1/letter-templates")
class LetterTemplateApi {

    private final LetterTemplates templates;

    LetterTemplateApi(LetterTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @PreAuthorize(Access.WRITE)
    public List<TemplateData> list() {
        return templates.list();
    }

    @GetMapping("/{key}")
    @PreAuthorize(Access.WRITE)
    public TemplateData get(@PathVariable String key) {
        return templates.get(key);
    }

    @PutMapping("/{key}")
    @PreAuthorize(Access.ADMIN)
    public TemplateData update(@PathVariable String key, @RequestBody TemplateData data) {
        return templates.update(key, data);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    public TemplateData addQuestion(@RequestBody TemplateData data) {
        return templates.addQuestion(data);
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.ADMIN)
    public void removeQuestion(@PathVariable String key, @RequestParam long version) {
        templates.removeQuestion(key, version);
    }

    @GetMapping("/{key}/history")
    @PreAuthorize(Access.WRITE)
    public List<AuditEntry> history(@PathVariable String key) {
        return templates.history(key);
    }
}
