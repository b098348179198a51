package org.defensor.communications.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationFilter;
import org.defensor.communications.CommunicationStatus;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Communications;
import org.defensor.communications.PublicCommunications;
import org.defensor.communications.Publications;
import org.defensor.communications.Reference;
import org.defensor.letters.LetterFormat;
import org.defensor.mandates.MandateData;
import org.defensor.mandates.Mandates;
import org.defensor.shared.Clearance;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.shared.Redaction;
import org.springframework.stereotype.Service;

/** Reads as the system (the public has no clearance), and lets out only published communications, redacted. */
@Service
class PublishedCommunications implements PublicCommunications {

    private final Communications communications;
    private final LetterDrafting drafting;
    private final Mandates mandates;
    private final Publications publications;

    PublishedCommunications(Communications communications, LetterDrafting drafting, Mandates mandates, Publications publications) {
        this.communications = communications;
        this.publications = publications;
        this.drafting = drafting;
        this.mandates = mandates;
    }

    private static boolean isPublished(CommunicationData c) {
        return c.published() != null
                && (c.status() == CommunicationStatus.PUBLISHED || c.status() == CommunicationStatus.CLOSED);
    }

    @Override
    public List<PublicCommunication> list(String country, UUID mandateId, CommunicationType type, Integer year) {
        return Clearance.asSystem(() -> communications.list(new CommunicationFilter(country, mandateId, type, year, null, false))
                .stream().filter(PublishedCommunications::isPublished)
                .sorted(Comparator.comparing(CommunicationData::published).reversed())
                .map(this::view).toList());
    }

    @Override
    public Choices choices() {
        return Clearance.asSystem(() -> {
            List<CommunicationData> all = communications.list(CommunicationFilter.ANY).stream()
                    .filter(PublishedCommunications::isPublished).toList();
            return new Choices(all.stream().map(CommunicationData::country).distinct().sorted().toList(),
                    all.stream().map(c -> Reference.parse(c.reference()).year()).distinct().sorted(Comparator.reverseOrder()).toList(),
                    all.stream().flatMap(c -> c.mandateIds().stream()).distinct()
                            .map(mandates::get).map(m -> new PublicMandate(m.id(), m.title()))
                            .sorted(Comparator.comparing(PublicMandate::title)).toList());
        });
    }

    @Override
    public PublicCommunication get(UUID id) {
        return Clearance.asSystem(() -> view(published(id)));
    }

    @Override
    public byte[] letter(UUID id, LetterFormat format) {
        return Clearance.asSystem(() -> drafting.render(published(id).id(), format, true));
    }

    private CommunicationData published(UUID id) {
        try {
            CommunicationData c = communications.get(id);
            if (isPublished(c)) {
                return c;
            }
        } catch (RecordNotFoundException hidden) {
            // not found and not published look the same from outside
        }
        throw new RecordNotFoundException("published communication", id);
    }

    private PublicCommunication view(CommunicationData c) {
        Redaction redaction = drafting.redaction(c);
        return new PublicCommunication(c.id(), c.reference(), c.type(), c.country(), Reference.parse(c.reference()).year(), c.sent(), c.published(),
                c.mandateIds().stream().map(mandates::get).map(MandateData::title).toList(), redaction.apply(c.summary()),
                communications.replies(c.id()).stream().map(r -> new PublicReply(r.received(), r.dated(), r.stateReference(),
                        redaction.apply(r.sender()), redaction.apply(r.text()))).toList(),
                publications.corrections(c.id()).stream().map(k -> new PublicCorrection(k.corrected(), redaction.apply(k.reason())))
                        .toList());
    }
}
