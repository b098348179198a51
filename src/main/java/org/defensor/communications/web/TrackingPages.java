package org.defensor.communications.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.defensor.communications.Tracking;
import org.defensor.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** What desks follow, as pages: the tracking dashboard, the notifications and the navbar's unread badge. */
@Controller
class TrackingPages {

    private final Tracking tracking;

    TrackingPages(Tracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/communications/tracking")
    @PreAuthorize(Access.READ)
    public String dashboard(Model model) {
        Tracking.Dashboard dashboard = tracking.dashboard();
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("chains", chains(dashboard));
        return "communications/tracking";
    }

    @GetMapping("/notifications")
    @PreAuthorize(Access.READ)
    public String notifications(Model model) {
        model.addAttribute("notifications", tracking.notifications());
        return "communications/notifications";
    }

    /** Loaded by the navbar with htmx, so that no other page depends on it and anonymous pages never ask. */
    @GetMapping("/notifications/badge")
    @PreAuthorize(Access.READ)
    public String badge(Model model) {
        model.addAttribute("unread", tracking.unreadCount());
        return "communications/notifications :: badge";
    }

    @PostMapping("/notifications/{id}/read")
    @PreAuthorize(Access.READ)
    public String markRead(@PathVariable UUID id) {
        tracking.markRead(id);
        return "redirect:/notifications";
    }

    /**
     * The follow-up chains of the communications the dashboard names, each once, leaving out
     * communications that nothing follows up and that follow up nothing.
     */
    private List<List<Tracking.ChainLink>> chains(Tracking.Dashboard dashboard) {
        Set<UUID> named = new LinkedHashSet<>();
        Stream.of(dashboard.overdue().stream().map(Tracking.Overdue::id),
                        dashboard.awaitingAssessment().stream().map(Tracking.AwaitingAssessment::communicationId),
                        dashboard.unanswered().stream().map(Tracking.OpenQuestion::communicationId))
                .flatMap(ids -> ids).forEach(named::add);
        List<List<Tracking.ChainLink>> chains = new ArrayList<>();
        Set<UUID> shown = new HashSet<>();
        for (UUID id : named) {
            if (shown.add(id)) {
                List<Tracking.ChainLink> chain = tracking.chain(id);
                chain.forEach(link -> shown.add(link.id()));
                if (chain.size() > 1) {
                    chains.add(chain);
                }
            }
        }
        return chains;
    }
}
