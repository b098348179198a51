package org.defensor.communications.web;

import java.util.UUID;
import org.defensor.communications.Communications;
import org.defensor.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A reply is shown on its communication's page; search results and notifications link here. */
@Controller
class ReplyPage {

    private final Communications communications;

    ReplyPage(Communications communications) {
        this.communications = communications;
    }

    @GetMapping("/replies/{id}")
    @PreAuthorize(Access.READ)
    public String show(@PathVariable UUID id) {
        return "redirect:/communications/" + communications.reply(id).communicationId() + "#reply-" + id;
    }
}
