package org.defensor.communications.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.defensor.shared.CalendarYear;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationFilter;
import org.defensor.communications.CommunicationStatus;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Communications;
import org.defensor.communications.Drafting;
import org.defensor.communications.Publications;
import org.defensor.communications.QuestionAssessment;
import org.defensor.communications.ReplyData;
import org.defensor.communications.Tracking;
import org.defensor.letters.LetterFormat;
import org.defensor.mandates.Mandates;
import org.defensor.security.Access;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.StaleVersionException;
import org.defensor.web.ApiProblems.FieldError;
import org.defensor.web.FormText;
import org.defensor.web.AuditPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk's pages of communications: the list with its filters, a communication with its questions,
 * replies and chain, its letter as a download, the transitions, and the edit form of a draft.
 */
@Controller
@RequestMapping("/communications")
class CommunicationPages {

    /** A transition a page offers: the path it posts to and what the button says. */
    record Move(String path, String label) {}

    private static final List<Move> MOVES = List.of(new Move("send", "Mark sent"), new Move("publish", "Publish"),
            new Move("close", "Close"));

    private final Communications communications;
    private final Publications publications;
    private final Tracking tracking;
    private final Drafting drafting;
    private final Mandates mandates;
    private final RecordNames names;
    private final Clock clock;

    CommunicationPages(Communications communications, Publications publications, Tracking tracking, Drafting drafting,
                       Mandates mandates, RecordNames names, Clock clock) {
        this.communications = communications;
        this.publications = publications;
        this.tracking = tracking;
        this.drafting = drafting;
        this.mandates = mandates;
        this.names = names;
        this.clock = clock;
    }

    /** The list; an htmx request (the filters changing) gets only the rows. The list is short: no paging. */
    @GetMapping
    @PreAuthorize(Access.READ)
    public String list(@RequestParam(required = false) String country, @RequestParam(required = false) UUID mandate,
                       @RequestParam(required = false) CommunicationType type, @RequestParam(required = false) CalendarYear year,
                       @RequestParam(required = false) CommunicationStatus status,
                       @RequestHeader(name = "HX-Request", required = false) String htmx,
                       @RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring, Model model) {
        String code = FormText.trimmed(country);
        model.addAttribute("communications", communications.list(new CommunicationFilter(
                code == null ? null : code.toUpperCase(java.util.Locale.ROOT), mandate, type, CalendarYear.number(year), status, false)));
        model.addAttribute("types", CommunicationType.values());
        model.addAttribute("statuses", CommunicationStatus.values());
        model.addAttribute("mandates", mandates.list());
        // Going back to a filtered list, htmx asks for the whole page again.
        return htmx != null && restoring == null ? "communications/list :: rows" : "communications/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    public String view(@PathVariable UUID id, Model model) {
        return view(communications.get(id), List.of(), model);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    public String history(@PathVariable UUID id, Model model) {
        return AuditPage.of(model, communications.get(id).reference().toString(), "/communications/" + id, communications.history(id), false);
    }

    @GetMapping("/{id}/views")
    @PreAuthorize(Access.ADMIN)
    public String views(@PathVariable UUID id, Model model) {
        return AuditPage.of(model, communications.get(id).reference().toString(), "/communications/" + id, communications.views(id), true);
    }

    /** The letter for the signed-in session (the API's download takes Basic or token sign-in only). */
    @GetMapping("/{id}/letter")
    @PreAuthorize(Access.READ)
    public ResponseEntity<byte[]> letter(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                         @RequestParam(defaultValue = "false") boolean redacted) {
        LetterFormat chosen = LetterDownloads.format(format);
        return LetterDownloads.of(drafting.render(id, chosen, redacted), communications.get(id).reference(), chosen,
                chosen != LetterFormat.HTML);
    }

    @PostMapping("/{id}/send")
    @PreAuthorize(Access.WRITE)
    public String send(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String date,
                       Model model) {
        return move(id, date, model, day -> communications.markSent(id, version, day));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(Access.WRITE)
    public String publish(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String date,
                          Model model) {
        return move(id, date, model, day -> publications.publish(id, version, day));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(Access.WRITE)
    public String close(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String date,
                        Model model) {
        return move(id, date, model, day -> communications.close(id, version, day));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Access.WRITE)
    public String delete(@PathVariable UUID id, @RequestParam long version, Model model) {
        try {
            communications.delete(id, version);
            return "redirect:/communications";
        } catch (InvalidRecordException e) {
            return view(communications.get(id), fieldErrors(e), model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Access.WRITE)
    public String edit(@PathVariable UUID id, Model model) {
        CommunicationData c = communications.get(id);
        return form(model, c, CommunicationForm.of(c), List.of());
    }

    /** The communication's page when saved; otherwise the form again, as typed, with every reason. */
    @PostMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    public String update(@PathVariable UUID id, @ModelAttribute("form") CommunicationForm form, Model model) {
        CommunicationData stored = communications.get(id);
        form.dropBlankRows();
        List<FieldError> errors = new ArrayList<>();
        CommunicationData data = form.toData(stored, errors);
        if (!errors.isEmpty()) {
            return form(model, stored, form, errors);
        }
        try {
            communications.update(id, data);
            return "redirect:/communications/" + id;
        } catch (InvalidRecordException e) {
            return form(model, stored, form, fieldErrors(e));
        } catch (StaleVersionException e) {
            return form(model, stored, form, List.of(new FieldError("version", e.getMessage())));
        }
    }

    /**
     * A correction of a published communication, from the edit form (which, for a published one,
     * asks for the reason): a new publication; the form again, as typed, with every reason it is refused.
     */
    @PostMapping("/{id}/corrections")
    @PreAuthorize(Access.WRITE)
    public String correct(@PathVariable UUID id, @ModelAttribute("form") CommunicationForm form,
                          @RequestParam(required = false) String reason, Model model) {
        CommunicationData stored = communications.get(id);
        form.dropBlankRows();
        List<FieldError> errors = new ArrayList<>();
        CommunicationData data = form.toData(stored, errors);
        model.addAttribute("reason", reason);
        if (!errors.isEmpty()) {
            return form(model, stored, form, errors);
        }
        try {
            publications.correct(id, new Publications.CorrectionRequest(data.version(), FormText.trimmed(reason), data.summary(),
                    data.facts(), data.concerns(), data.questions()));
            return "redirect:/communications/" + id;
        } catch (InvalidRecordException e) {
            return form(model, stored, form, fieldErrors(e));
        } catch (StaleVersionException e) {
            return form(model, stored, form, List.of(new FieldError("version", e.getMessage())));
        }
    }

        /** An empty question row of the edit form, numbered {@code index}. */
    @GetMapping("/form/question")
    @PreAuthorize(Access.WRITE)
    public String questionRow(@RequestParam int index, Model model) {
        model.addAttribute("i", index);
        model.addAttribute("q", new CommunicationForm.Question());
        model.addAttribute("invalid", java.util.Set.of());
        return "communications/fragments :: question";
    }

    /** A transition on the day typed (today when empty); the domain's refusal is shown on the communication's page. */
    private String move(UUID id, String date, Model model, java.util.function.Consumer<LocalDate> transition) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = FormText.date("date", date, errors);
        if (errors.isEmpty()) {
            try {
                transition.accept(day);
                return "redirect:/communications/" + id;
            } catch (InvalidRecordException e) {
                errors.addAll(fieldErrors(e));
            }
        }
        return view(communications.get(id), errors, model);
    }

    static List<FieldError> fieldErrors(InvalidRecordException e) {
        return e.violations().stream().map(v -> new FieldError(v.field(), v.reason())).toList();
    }

    /** The fields to mark as invalid next to where they were typed. */
    static java.util.Set<String> invalid(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private String form(Model model, CommunicationData c, CommunicationForm form, List<FieldError> errors) {
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("types", CommunicationType.values());
        model.addAttribute("mandates", mandates.list());
        model.addAttribute("names", names.of(c, List.of()));
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", invalid(errors));
        model.addAttribute("correcting", c.published() != null);
        return "communications/edit";
    }

    private String view(CommunicationData c, List<FieldError> errors, Model model) {
        List<ReplyData> replies = communications.replies(c.id());
        model.addAttribute("c", c);
        model.addAttribute("replies", replies);
        model.addAttribute("best", QuestionAssessment.bestByQuestion(
                replies.stream().flatMap(r -> FormText.orEmpty(r.assessments()).stream())));
        model.addAttribute("names", names.of(c, replies));
        model.addAttribute("chain", tracking.chain(c.id()));
        model.addAttribute("corrections", c.published() == null ? List.of() : publications.corrections(c.id()));
        model.addAttribute("moves", MOVES);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        return "communications/view";
    }
}
