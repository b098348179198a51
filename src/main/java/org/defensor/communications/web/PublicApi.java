package org.defensor.communications.web;

import java.util.List;
import java.util.UUID;
import org.defensor.shared.CalendarYear;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.PublicCommunications;
import org.defensor.letters.LetterFormat;
import org.defensor.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published communications and replies, redacted, for anyone: what the UN's communications reports show. */
@RestController
@RequestMapping("/api/v1/public/communications")
class PublicApi {

    private final PublicCommunications published;

    PublicApi(PublicCommunications published) {
        this.published = published;
    }

    @GetMapping
    @PreAuthorize(Access.ANYONE)
    public List<PublicCommunications.PublicCommunication> list(@RequestParam(required = false) String country,
                                                              @RequestParam(required = false) UUID mandate,
                                                              @RequestParam(required = false) CommunicationType type,
                                                              @RequestParam(required = false) CalendarYear year) {
        return published.list(country, mandate, type, CalendarYear.number(year));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.ANYONE)
    public PublicCommunications.PublicCommunication get(@PathVariable UUID id) {
        return published.get(id);
    }

    @GetMapping("/{id}/letter")
    @PreAuthorize(Access.ANYONE)
    public ResponseEntity<byte[]> letter(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format) {
        LetterFormat chosen = LetterDownloads.format(format);
        return LetterDownloads.of(published.letter(id, chosen), published.get(id).reference(), chosen, chosen != LetterFormat.HTML);
    }
}
