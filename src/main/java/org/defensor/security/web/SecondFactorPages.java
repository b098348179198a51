package org.defensor.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.defensor.security.Access;
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
 * The second factor (ADR 010): the code page after the password, enrolling and turning it off on
 * the account page, and the admins' reset and "mandatory" setting on the accounts page.
 */
@Controller
class SecondFactorPages {

    private final SecondFactors factors;

    SecondFactorPages(SecondFactors factors) {
        this.factors = factors;
    }

    @GetMapping("/login/code")
    @PreAuthorize(Access.READ)
    public String codePage() {
        return "login-code";
    }

    /** A code or a recovery code; throttled and locked like passwords (a locked account is signed out). */
    @PostMapping("/login/code")
    @PreAuthorize(Access.READ)
    public String code(Principal principal, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
                       HttpServletResponse response, Model model) throws ServletException {
        SecondFactors.CodeCheck check = factors.signIn(principal.getName(), code, request.getRemoteAddr());
        switch (check.outcome()) {
            case ACCEPTED -> {
                return "redirect:/";
            }
            case THROTTLED -> {
                long seconds = Math.max(1, (check.retryAfter().toMillis() + 999) / 1000);
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(seconds));
                model.addAttribute("throttled", seconds);
            }
            case LOCKED -> {
                request.logout();
                return "redirect:/login?locked";
            }
            default -> model.addAttribute("wrong", true);
        }
        return "login-code";
    }

    @GetMapping("/account/second-factor")
    @PreAuthorize(Access.READ)
    public String enrolPage(Principal principal, Model model) {
        model.addAttribute("status", factors.status(principal.getName()));
        factors.pendingEnrolment(principal.getName()).ifPresent(e -> model.addAttribute("enrolment", e));
        return "second-factor";
    }

    /** A new secret, shown with its QR code until a code made from it confirms it. */
    @PostMapping("/account/second-factor/enrol")
    @PreAuthorize(Access.READ)
    public String enrol(Principal principal, Model model) {
        try {
            factors.enrol(principal.getName());
            return "redirect:/account/second-factor";
        } catch (InvalidRecordException e) {
            model.addAttribute("errors", e.violations());
            return enrolPage(principal, model);
        }
    }

    /** The recovery codes are on this answer only: only their hashes are kept. */
    @PostMapping("/account/second-factor/confirm")
    @PreAuthorize(Access.READ)
    public String confirm(Principal principal, @RequestParam(defaultValue = "") String code, Model model) {
        try {
            model.addAttribute("recoveryCodes", factors.confirm(principal.getName(), code));
        } catch (InvalidRecordException e) {
            model.addAttribute("errors", e.violations());
        }
        return enrolPage(principal, model);
    }

    @PostMapping("/account/second-factor/disable")
    @PreAuthorize(Access.READ)
    public String disable(Principal principal, @RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        try {
            factors.disable(principal.getName(), code);
            redirect.addFlashAttribute("disabled", true);
            return "redirect:/account/second-factor";
        } catch (InvalidRecordException e) {
            model.addAttribute("errors", e.violations());
            return enrolPage(principal, model);
        }
    }

    @PostMapping("/admin/users/second-factor/reset")
    @PreAuthorize(Access.ADMIN)
    public String reset(@RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
        try {
            factors.reset(username);
            redirect.addFlashAttribute("secondFactorReset", username);
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("errors", e.violations());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/second-factor/mandatory")
    @PreAuthorize(Access.ADMIN)
    public String mandatory(@RequestParam(defaultValue = "false") boolean mandatory) {
        factors.setMandatory(mandatory);
        return "redirect:/admin/users";
    }
}
