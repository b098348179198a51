package org.defensor.security.web;

import java.security.Principal;
import java.util.List;
import org.defensor.security.Access;
import org.defensor.security.SecondFactors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Your own second factor (ADR 010): status, enrol, confirm with a current code (answers the
 * recovery codes, once), turn off with a current code. Admins reset anyone's and make it mandatory.
 */
@RestController
class SecondFactorApi {

    /** A current code of the authenticator app. */
    public record Code(String code) {}

    /** The recovery codes, shown once. */
    public record RecoveryCodes(List<String> recoveryCodes) {}

    /** Whether every account must have a second factor. */
    public record Policy(boolean mandatory) {}

    private final SecondFactors factors;

    SecondFactorApi(SecondFactors factors) {
        this.factors = factors;
    }

    @GetMapping("/api/v1/account/second-factor")
    @PreAuthorize(Access.READ)
    public SecondFactors.Status status(Principal principal) {
        return factors.status(principal.getName());
    }

    @PostMapping("/api/v1/account/second-factor")
    @PreAuthorize(Access.READ)
    public SecondFactors.Enrolment enrol(Principal principal) {
        return factors.enrol(principal.getName());
    }

    @PostMapping("/api/v1/account/second-factor/confirm")
    @PreAuthorize(Access.READ)
    public RecoveryCodes confirm(Principal principal, @RequestBody Code code) {
        return new RecoveryCodes(factors.confirm(principal.getName(), code.code()));
    }

    @PostMapping("/api/v1/account/second-factor/disable")
    @PreAuthorize(Access.READ)
    public ResponseEntity<Void> disable(Principal principal, @RequestBody Code code) {
        factors.disable(principal.getName(), code.code());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/users/{username}/second-factor")
    @PreAuthorize(Access.ADMIN)
    public ResponseEntity<Void> reset(@PathVariable String username) {
        factors.reset(username);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/settings/second-factor")
    @PreAuthorize(Access.ADMIN)
    public Policy policy() {
        return new Policy(factors.mandatory());
    }

    @PutMapping("/api/v1/settings/second-factor")
    @PreAuthorize(Access.ADMIN)
    public Policy setPolicy(@RequestBody Policy policy) {
        factors.setMandatory(policy.mandatory());
        return new Policy(factors.mandatory());
    }
}
