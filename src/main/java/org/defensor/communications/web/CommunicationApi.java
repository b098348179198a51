package org.defensor.communications.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.defensor.shared.CalendarYear;
import org.defensor.audit.AuditEntry;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationFilter;
import org.defensor.communications.CommunicationStatus;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Communications;
import org.defensor.communications.CorrectionData;
import org.defensor.communications.Publications;
import org.defensor.communications.ReplyData;
import org.defensor.communications.Tracking;
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

/** Communications, their transitions and their replies. */
@RestController
@RequestMapping("/api/v1/communications")
class CommunicationApi {

    /** The body of a transition: the version read, and the date (today when absent). */
    record Transition(Long version, LocalDate date) {
        long checkedVersion() {
            if (version == null) {
                throw new org.defensor.shared.InvalidRecordException("version",
                        "is required: send the version you read, so that no one else's change is overwritten");
            }
            return version;
        }
    }

    private final Communications communications;
    private final Publications publications;
    private final Tracking tracking;
    private final java.time.Clock clock;

    CommunicationApi(Communications communications, Publications publications, Tracking tracking, java.time.Clock clock) {
        this.communications = communications;
        this.publications = publications;
        this.tracking = tracking;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public List<CommunicationData> list(@RequestParam(required = false) String country,
                                        @RequestParam(required = false) UUID mandate,
                                        @RequestParam(required = false) CommunicationType type,
                                        @RequestParam(required = false) CalendarYear year,
                                        @RequestParam(required = false) CommunicationStatus status,
                                        @RequestParam(defaultValue = "false") boolean overdue) {
        return communications.list(new CommunicationFilter(country, mandate, type, CalendarYear.number(year), status, overdue));
    }

    @GetMapping("/next-reference")
    @PreAuthorize(Access.READ)
    public String nextReference(@RequestParam CommunicationType type, @RequestParam String country,
                                @RequestParam(required = false) CalendarYear year) {
        return communications.nextReference(type, country, year == null ? LocalDate.now(clock).getYear() : year.value()).toString();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public CommunicationData get(@PathVariable UUID id) {
        return communications.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    public CommunicationData create(@RequestBody CommunicationData data) {
        return communications.create(data);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    public CommunicationData update(@PathVariable UUID id, @RequestBody CommunicationData data) {
        return communications.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.WRITE)
    public void delete(@PathVariable UUID id, @RequestParam long version) {
        communications.delete(id, version);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public List<AuditEntry> history(@PathVariable UUID id) {
        return communications.history(id);
    }

    /** Who read the communication and when. */
    @GetMapping("/{id}/views")
    @PreAuthorize(Access.ADMIN)
    public List<AuditEntry> views(@PathVariable UUID id) {
        return communications.views(id);
    }

    @PostMapping("/{id}/send")
    @PreAuthorize(Access.WRITE)
    public CommunicationData send(@PathVariable UUID id, @RequestBody Transition move) {
        return communications.markSent(id, move.checkedVersion(), move.date());
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(Access.WRITE)
    public CommunicationData publish(@PathVariable UUID id, @RequestBody Transition move) {
        return publications.publish(id, move.checkedVersion(), move.date());
    }

    /** A correction of a published communication: a new publication, with its reason; the old wording is kept with it. */
    @PostMapping("/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    public CommunicationData correct(@PathVariable UUID id, @RequestBody Publications.CorrectionRequest correction) {
        return publications.correct(id, correction);
    }

    @GetMapping("/{id}/corrections")
    @PreAuthorize(Access.READ)
    public List<CorrectionData> corrections(@PathVariable UUID id) {
        return publications.corrections(id);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(Access.WRITE)
    public CommunicationData close(@PathVariable UUID id, @RequestBody Transition move) {
        return communications.close(id, move.checkedVersion(), move.date());
    }

    @GetMapping("/{id}/chain")
    @PreAuthorize(Access.READ)
    public List<Tracking.ChainLink> chain(@PathVariable UUID id) {
        return tracking.chain(id);
    }

    @GetMapping("/{id}/replies")
    @PreAuthorize(Access.READ)
    public List<ReplyData> replies(@PathVariable UUID id) {
        return communications.replies(id);
    }

    @PostMapping("/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    public ReplyData recordReply(@PathVariable UUID id, @RequestBody ReplyData data) {
        return communications.recordReply(id, data);
    }

}
