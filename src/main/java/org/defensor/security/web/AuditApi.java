package org.defensor.security.web;

import org.defensor.audit.AuditChainVerifier;
import org.defensor.audit.AuditHead;
import org.defensor.audit.AuditVerdict;
import org.defensor.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@code defensor audit verify} and {@code defensor audit head} answer, for a running server; admins
 * only. Here rather than in the audit module, which every module (security too) writes to.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditChainVerifier verifier;

    AuditApi(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    /** Each problem found; {@code head} is a head kept elsewhere, as {@code SEQ:HASH}. */
    @GetMapping("/verify")
    @PreAuthorize(Access.ADMIN)
    public AuditVerdict verify(@RequestParam(required = false) AuditHead head) {
        return head == null ? verifier.verify() : verifier.verify(head);
    }

    @GetMapping("/head")
    @PreAuthorize(Access.ADMIN)
    public AuditHead head() {
        return verifier.head();
    }
}
