package org.defensor.security.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.defensor.security.Access;
import org.defensor.security.Accounts;
import org.defensor.security.ApiTokenData;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Your own API tokens (list, revoke); admins unlock a locked account and revoke anyone's token. */
@RestController
class AccountsApi {

    private final Accounts accounts;

    AccountsApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/account/tokens")
    @PreAuthorize(Access.READ)
    public List<ApiTokenData> myTokens(Principal principal) {
        return accounts.tokens(principal.getName());
    }

    @DeleteMapping("/api/v1/account/tokens/{id}")
    @PreAuthorize(Access.READ)
    public ResponseEntity<Void> revokeMine(Principal principal, @PathVariable UUID id) {
        return accounts.revokeToken(principal.getName(), id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @PreAuthorize(Access.ADMIN)
    public ResponseEntity<Void> revoke(@PathVariable UUID id) {
        return accounts.revokeToken(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @PostMapping("/api/v1/users/{username}/unlock")
    @PreAuthorize(Access.ADMIN)
    public ResponseEntity<Void> unlock(@PathVariable String username) {
        accounts.unlock(username);
        return ResponseEntity.noContent().build();
    }
}
