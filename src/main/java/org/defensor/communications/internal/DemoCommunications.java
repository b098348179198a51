package org.defensor.communications.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.defensor.communications.AnswerData;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.CommunicationFilter;
import org.defensor.communications.CommunicationType;
import org.defensor.communications.Communications;
import org.defensor.communications.QuestionAssessment;
import org.defensor.communications.QuestionData;
import org.defensor.communications.ReplyData;
import org.defensor.communications.StateClaim;
import org.defensor.mandates.MandateData;
import org.defensor.mandates.Mandates;
import org.defensor.shared.Clearance;
import org.defensor.shared.Confidentiality;
import org.defensor.shared.KeyedIds;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With {@code defensor.demo=true}, after the records: the communications of the seed documents
 * (AL KAZ 4/2019, 4/2021, 3/2024, 4/2025) and the State's replies, entered through the same
 * transitions a desk uses.
 */
@Component
@Order(2)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "defensor.demo", havingValue = "true")
class DemoCommunications implements ApplicationRunner {

    static final String SAMPLE = "samples/communications.json";

    record Sample(List<SampleCommunication> communications, List<SampleReply> replies) {}

    record SampleCommunication(String key, String reference, CommunicationType type, String country, LocalDate sent,
                               List<String> mandates, List<String> persons, List<String> incidents, List<String> follows,
                               String summary, List<String> questions) {}

    record SampleAnswer(List<Integer> questions, String passage, List<String> incidents, StateClaim claim) {}

    record SampleReply(String key, String communication, LocalDate received, LocalDate dated, String stateReference,
                       String sender, List<String> exhibits, String text, List<SampleAnswer> answers,
                       List<QuestionAssessment> assessments) {}

    private final Communications communications;
    private final Mandates mandates;
    private final ObjectMapper json;

    DemoCommunications(Communications communications, Mandates mandates, ObjectMapper json) {
        this.communications = communications;
        this.mandates = mandates;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Clearance.asSystem(() -> {
            if (communications.list(CommunicationFilter.ANY).isEmpty()) {
                load(read());
            }
            return null;
        });
    }

    Sample read() {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            return json.readValue(in, Sample.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + SAMPLE, e);
        }
    }

    void load(Sample sample) {
        for (SampleCommunication c : sample.communications()) {
            CommunicationData draft = communications.create(new CommunicationData(KeyedIds.of(c.key()), null, c.reference(),
                    c.type(), c.country(), null, c.sent(), null, null, null, null, null, null,
                    c.mandates().stream().map(this::mandate).toList(), ids(c.incidents()), ids(c.persons()), List.of(),
                    ids(c.follows()), List.of(), c.summary(), null, null,
                    c.questions().stream().map(q -> new QuestionData(null, q, List.of(), List.of())).toList(),
                    Confidentiality.PUBLIC, null));
            communications.markSent(draft.id(), draft.version(), c.sent());
        }
        for (SampleReply r : sample.replies()) {
            communications.recordReply(KeyedIds.of(r.communication()), new ReplyData(KeyedIds.of(r.key()), null, null,
                    r.received(), r.dated(), r.stateReference(), r.sender(), r.exhibits(), r.text(),
                    r.answers().stream().map(a -> new AnswerData(a.questions(), a.passage(), ids(a.incidents()), a.claim()))
                            .toList(),
                    r.assessments()));
        }
        System.out.println("Demo communications loaded: " + sample.communications().size() + " communications, "
                + sample.replies().size() + " replies.");
    }

    private UUID mandate(String title) {
        return mandates.findByTitle(title).map(MandateData::id)
                .orElseThrow(() -> new IllegalStateException(SAMPLE + ": no mandate titled '" + title + "' in the catalogue"));
    }

    private static List<UUID> ids(List<String> keys) {
        return keys == null ? List.of() : keys.stream().map(KeyedIds::of).toList();
    }
}
