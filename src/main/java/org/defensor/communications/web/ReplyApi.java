package org.defensor.communications.web;

import java.util.List;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.communications.Communications;
import org.defensor.communications.ReplyData;
import org.defensor.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Replies by their own id; they are recorded under their communication. */
@RestController
@RequestMapping("/api/v1/replies")
class ReplyApi {

    private final Communications communications;

    ReplyApi(Communications communications) {
        this.communications = communications;
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public ReplyData get(@PathVariable UUID id) {
        return communications.reply(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    public ReplyData update(@PathVariable UUID id, @RequestBody ReplyData data) {
        return communications.updateReply(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.WRITE)
    public void delete(@PathVariable UUID id, @RequestParam long version) {
        communications.deleteReply(id, version);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public List<AuditEntry> history(@PathVariable UUID id) {
        return communications.replyHistory(id);
    }
}
