package org.defensor.security.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.defensor.security.Access;
import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.security.SecondFactors;
import org.defensor.shared.InvalidRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts: admins list, create and issue API tokens; every signed-in user changes their own
 * password. Refusals go on the page as {@code errors}: violations have the field and reason the
 * layout's errors fragment shows.
 */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final SecondFactors factors;
    private final Clock clock;

    AccountPages(Accounts accounts, SecondFactors factors, Clock clock) {
        this.accounts = accounts;
        this.factors = factors;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    @PreAuthorize(Access.ADMIN)
    public String users(Model model) {
        return users(model, "", Role.VIEWER);
    }

    @PostMapping("/admin/users")
    @PreAuthorize(Access.ADMIN)
    public String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "VIEWER") Role role,
                         @RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
        try {
            accounts.create(username.strip(), password, role);
            redirect.addFlashAttribute("created", username.strip());
            return "redirect:/admin/users";
        } catch (InvalidRecordException e) {
            model.addAttribute("errors", e.violations());
            return users(model, username, role);
        }
    }

    /** The token is shown on this answer only: only its hash is stored, so it cannot be shown again. */
    @PostMapping("/admin/users/token")
    @PreAuthorize(Access.ADMIN)
    public String issueToken(@RequestParam(defaultValue = "") String username, @RequestParam(required = false) String name,
                             @RequestParam(defaultValue = "90") int days, Model model) {
        try {
            model.addAttribute("token", accounts.issueToken(username, name, Duration.ofDays(days)));
            model.addAttribute("tokenFor", username);
        } catch (InvalidRecordException e) {
            model.addAttribute("errors", e.violations());
        }
        return users(model, "", Role.VIEWER);
    }

    @PostMapping("/admin/users/unlock")
    @PreAuthorize(Access.ADMIN)
    public String unlock(@RequestParam(defaultValue = "") String username, Model model) {
        try {
            accounts.unlock(username);
            return "redirect:/admin/users";
        } catch (InvalidRecordException e) {
            model.addAttribute("errors", e.violations());
            return users(model, "", Role.VIEWER);
        }
    }

    @GetMapping("/account")
    @PreAuthorize(Access.READ)
    public String account(Principal principal, Model model) {
        model.addAttribute("account", accounts.find(principal.getName()).orElse(null));
        model.addAttribute("tokens", accounts.tokens(principal.getName()));
        model.addAttribute("secondFactor", factors.status(principal.getName()));
        model.addAttribute("now", clock.instant());
        return "account";
    }

    @PostMapping("/account/tokens/revoke")
    @PreAuthorize(Access.READ)
    public String revokeToken(Principal principal, @RequestParam UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", accounts.revokeToken(principal.getName(), id));
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    @PreAuthorize(Access.READ)
    public String changePassword(Principal principal, @RequestParam(defaultValue = "") String password,
                                 @RequestParam(defaultValue = "") String repeat, Model model, RedirectAttributes redirect) {
        // A typo in a password nobody can see would lock the user out.
        if (!password.equals(repeat)) {
            model.addAttribute("errors", List.of(new InvalidRecordException.Violation("repeat", "is not the same as the new password")));
            return account(principal, model);
        }
        try {
            accounts.changePassword(principal.getName(), password);
            redirect.addFlashAttribute("changed", true);
            return "redirect:/account";
        } catch (InvalidRecordException e) {
            model.addAttribute("errors", e.violations());
            return account(principal, model);
        }
    }

    private String users(Model model, String username, Role role) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("locked", accounts.locked());
        model.addAttribute("withSecondFactor", factors.enabledAccounts());
        model.addAttribute("secondFactorMandatory", factors.mandatory());
        model.addAttribute("roles", Role.values());
        model.addAttribute("username", username);
        model.addAttribute("role", role);
        return "admin/users";
    }
}
