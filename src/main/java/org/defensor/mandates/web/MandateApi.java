package org.defensor.mandates.web;

import java.util.List;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.mandates.MandateData;
import org.defensor.mandates.Mandates;
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

/** The mandate catalogue over REST: everyone signed in reads it, admins edit it. */
@RestController
@RequestMapping("/api/v1/mandates")
class MandateApi {

    private final Mandates mandates;

    MandateApi(Mandates mandates) {
        this.mandates = mandates;
    }

    /** The whole catalogue, by title: a few dozen mandates, so not paged. */
    @GetMapping
    @PreAuthorize(Access.READ)
    public List<MandateData> list() {
        return mandates.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public MandateData get(@PathVariable UUID id) {
        return mandates.get(id);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public List<AuditEntry> history(@PathVariable UUID id) {
        return mandates.history(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    public MandateData create(@RequestBody MandateData data) {
        return mandates.create(data);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.ADMIN)
    public MandateData update(@PathVariable UUID id, @RequestBody MandateData data) {
        return mandates.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.ADMIN)
    public void delete(@PathVariable UUID id, @RequestParam long version) {
        mandates.delete(id, version);
    }
}
