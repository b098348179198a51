package org.defensor.records.web;

import java.util.List;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.records.RecordFilter;
import org.defensor.records.RecordService;
import org.defensor.security.Access;
import org.defensor.shared.CalendarYear;
import org.defensor.web.PageData;
import org.defensor.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The REST operations every kind of record has; subclasses choose the path and the service. */
abstract class RecordApi<D> {

    private final RecordService<D> service;

    RecordApi(RecordService<D> service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public PageData<D> list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
                            @RequestParam(required = false) CalendarYear year, @RequestParam(required = false) String kind,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageData.of(service.list(new RecordFilter(q, country, CalendarYear.number(year), kind),
                new Paging(page, size).request()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public D get(@PathVariable UUID id) {
        return service.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    public D create(@RequestBody D data) {
        return service.create(data);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    public D update(@PathVariable UUID id, @RequestBody D data) {
        return service.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.WRITE)
    public void delete(@PathVariable UUID id, @RequestParam long version) {
        service.delete(id, version);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public List<AuditEntry> history(@PathVariable UUID id) {
        return service.history(id);
    }

    /** Who read the record and when: reads of RESTRICTED and CONFIDENTIAL records are in the audit trail. */
    @GetMapping("/{id}/views")
    @PreAuthorize(Access.ADMIN)
    public List<AuditEntry> views(@PathVariable UUID id) {
        return service.views(id);
    }
}
