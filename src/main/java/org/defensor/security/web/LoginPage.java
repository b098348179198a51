package org.defensor.security.web;

import org.defensor.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPage {

    @GetMapping("/login")
    @PreAuthorize(Access.ANYONE)
    public String login() {
        return "login";
    }
}
