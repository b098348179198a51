package org.defensor.communications.web;

import java.util.List;
import java.util.UUID;
import org.defensor.communications.Tracking;
import org.defensor.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What desks follow: the dashboard, unanswered questions and notifications. */
@RestController
@RequestMapping("/api/v1/tracking")
class TrackingApi {

    private final Tracking tracking;

    TrackingApi(Tracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    public Tracking.Dashboard dashboard() {
        return tracking.dashboard();
    }

    @GetMapping("/unanswered-questions")
    @PreAuthorize(Access.READ)
    public List<Tracking.OpenQuestion> unanswered() {
        return tracking.unansweredQuestions();
    }

    @GetMapping("/notifications")
    @PreAuthorize(Access.READ)
    public List<Tracking.Notification> notifications() {
        return tracking.notifications();
    }

    @PostMapping("/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.READ)
    public void markRead(@PathVariable UUID id) {
        tracking.markRead(id);
    }
}
