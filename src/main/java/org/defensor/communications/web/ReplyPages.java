package org.defensor.communications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.communications.Assessment;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.Communications;
import org.defensor.communications.ReplyData;
import org.defensor.communications.StateClaim;
import org.defensor.security.Access;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.StaleVersionException;
import org.defensor.web.ApiProblems.FieldError;
import org.defensor.web.AuditPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Recording a State's reply to a communication, mapping its passages to the questions, and assessing each question. */
@Controller
class ReplyPages {

    private final Communications communications;
    private final RecordNames names;

    ReplyPages(Communications communications, RecordNames names) {
        this.communications = communications;
        this.names = names;
    }

    @GetMapping("/communications/{id}/replies/new")
    @PreAuthorize(Access.WRITE)
    public String create(@PathVariable UUID id, Model model) {
        CommunicationData c = communications.get(id);
        return form(model, c, null, ReplyForm.blank(c.questions()), List.of());
    }

    @PostMapping("/communications/{id}/replies")
    @PreAuthorize(Access.WRITE)
    public String record(@PathVariable UUID id, @ModelAttribute("form") ReplyForm form, Model model) {
        return save(communications.get(id), null, form, model);
    }

    /** A reply is shown on its communication's page; search results and case files link here. */
    @GetMapping("/replies/{id}")
    @PreAuthorize(Access.READ)
    public String show(@PathVariable UUID id) {
        return "redirect:/communications/" + communications.reply(id).communicationId() + "#reply-" + id;
    }

    @GetMapping("/replies/{id}/edit")
    @PreAuthorize(Access.WRITE)
    public String edit(@PathVariable UUID id, Model model) {
        ReplyData reply = communications.reply(id);
        CommunicationData c = communications.get(reply.communicationId());
        return form(model, c, id, ReplyForm.of(reply, c.questions()), List.of());
    }

    @PostMapping("/replies/{id}")
    @PreAuthorize(Access.WRITE)
    public String update(@PathVariable UUID id, @ModelAttribute("form") ReplyForm form, Model model) {
        return save(communications.get(communications.reply(id).communicationId()), id, form, model);
    }

    @PostMapping("/replies/{id}/delete")
    @PreAuthorize(Access.WRITE)
    public String delete(@PathVariable UUID id, @RequestParam long version) {
        UUID communication = communications.reply(id).communicationId();
        communications.deleteReply(id, version);
        return "redirect:/communications/" + communication;
    }

    @GetMapping("/replies/{id}/history")
    @PreAuthorize(Access.READ)
    public String history(@PathVariable UUID id, Model model) {
        ReplyData reply = communications.reply(id);
        return AuditPage.of(model, "reply of " + reply.received() + " to " + communications.get(reply.communicationId()).reference(),
                "/communications/" + reply.communicationId(), communications.replyHistory(id), false);
    }

    /** An empty answer row, numbered {@code index}, offering the questions and incidents of communication {@code id}. */
    @GetMapping("/communications/{id}/replies/form/answer")
    @PreAuthorize(Access.WRITE)
    public String answerRow(@PathVariable UUID id, @RequestParam int index, Model model) {
        choices(model, communications.get(id));
        model.addAttribute("i", index);
        model.addAttribute("answer", new ReplyForm.Answer());
        model.addAttribute("invalid", java.util.Set.of());
        return "communications/fragments :: answer";
    }

    /** The communication's page when saved; otherwise the form again, as typed, with every reason. */
    private String save(CommunicationData c, UUID replyId, ReplyForm form, Model model) {
        form.dropBlankRows();
        form.assessRows(c.questions());
        List<FieldError> errors = new ArrayList<>();
        ReplyData data = form.toData(replyId, c.id(), errors);
        if (!errors.isEmpty()) {
            return form(model, c, replyId, form, errors);
        }
        try {
            if (replyId == null) {
                communications.recordReply(c.id(), data);
            } else {
                communications.updateReply(replyId, data);
            }
            return "redirect:/communications/" + c.id();
        } catch (InvalidRecordException e) {
            return form(model, c, replyId, form, CommunicationPages.fieldErrors(e));
        } catch (StaleVersionException e) {
            return form(model, c, replyId, form, List.of(new FieldError("version", e.getMessage())));
        }
    }

    private String form(Model model, CommunicationData c, UUID replyId, ReplyForm form, List<FieldError> errors) {
        choices(model, c);
        model.addAttribute("replyId", replyId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", CommunicationPages.invalid(errors));
        return "communications/reply";
    }

    private void choices(Model model, CommunicationData c) {
        model.addAttribute("c", c);
        model.addAttribute("names", names.of(c, List.of()));
        model.addAttribute("claims", StateClaim.values());
        model.addAttribute("assessments", Assessment.values());
    }
}
