package org.defensor.security.web;

import org.defensor.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

@Controller
class LoginPage {

    @GetMapping("/login")
    @PreAuthorize(Access.ANYONE)
    public String login() {
        return "login";
    }

    /** The sign-in page for a throttled attempt, forwarded to with status 429 already set (see SecurityConfiguration). */
    @RequestMapping(value = "/login/throttled", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize(Access.ANYONE)
    public String throttled() {
        return "login";
    }
}
