package org.defensor.communications.web;

import java.util.UUID;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.Communications;
import org.defensor.communications.Drafting;
import org.defensor.letters.LetterFormat;
import org.defensor.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Drafting a letter from records, and the letter of a communication as DOCX, PDF or HTML. */
@RestController
@RequestMapping("/api/v1/communications")
class DraftingApi {

    private final Drafting drafting;
    private final Communications communications;

    DraftingApi(Drafting drafting, Communications communications) {
        this.drafting = drafting;
        this.communications = communications;
    }

    @PostMapping("/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.WRITE)
    public CommunicationData draft(@RequestBody Drafting.DraftRequest request) {
        return drafting.draft(request);
    }

    /** {@code redacted=true} gives the public version, with the names marked for redaction replaced. */
    @GetMapping("/{id}/letter")
    @PreAuthorize(Access.READ)
    public ResponseEntity<byte[]> letter(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
                                         @RequestParam(defaultValue = "false") boolean redacted) {
        LetterFormat chosen = LetterDownloads.format(format);
        return LetterDownloads.of(drafting.render(id, chosen, redacted), communications.get(id).reference(), chosen,
                chosen != LetterFormat.HTML);
    }
}
