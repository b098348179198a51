package org.defensor.communications.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.defensor.communications.CommunicationData;
import org.defensor.communications.Communications;
import org.defensor.communications.Drafting;
import org.defensor.communications.LetterBenchmark;
import org.defensor.letters.Letter;
import org.defensor.letters.LetterFormat;
import org.defensor.letters.PartKind;
import org.defensor.shared.Latency;
import org.springframework.stereotype.Service;

/**
 * Each round assembles the letter once and generates it once per format, one after the other, so the
 * baseline and every format see the same warm caches, in an order that rotates from round to round. Each call runs in its own transaction, as a
 * download does.
 */
@Service
class TimedLetterBenchmark implements LetterBenchmark {

    private static final LetterFormat[] FORMATS = LetterFormat.values();

    private final Drafting drafting;
    private final Communications communications;

    TimedLetterBenchmark(Drafting drafting, Communications communications) {
        this.drafting = drafting;
        this.communications = communications;
    }

    @Override
    public Report run(Drafting.DraftRequest request, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        CommunicationData draft = drafting.draft(request);
        try {
            Letter letter = drafting.letter(draft.id(), false);
            Map<LetterFormat, Integer> bytes = new EnumMap<>(LetterFormat.class);
            for (LetterFormat format : FORMATS) {
                bytes.put(format, drafting.render(draft.id(), format, false).length);
            }
            // Warm-up: class loading, JIT, fonts; not measured.
            measure(draft, rounds / 5 + 1);
            Times times = measure(draft, rounds);
            Map<LetterFormat, Latency> formats = new EnumMap<>(LetterFormat.class);
            times.formats().forEach((format, nanos) -> formats.put(format, Latency.of(nanos)));
            return new Report(request.incidentIds().size(), draft.questions().size(), annexProvisions(letter), rounds,
                    Latency.of(times.assembly()), formats, bytes, List.of(
                            "baseline: assembling the letter (the draft, its incidents, mandates, earlier letters and wording) "
                                    + "without rendering it",
                            "each format: the whole generation, assembly and rendering, as a download does it; "
                                    + "ratio = format time / baseline time",
                            "all measured in the same rounds, one after the other, the order rotating from round to round",
                            "the draft measured was deleted afterwards"));
        } finally {
            communications.delete(draft.id(), draft.version());
        }
    }

    /** Durations in nanoseconds, one per round. */
    private record Times(List<Long> assembly, Map<LetterFormat, List<Long>> formats) {}

    private Times measure(CommunicationData draft, int rounds) {
        Times times = new Times(new ArrayList<>(), new EnumMap<>(LetterFormat.class));
        for (int round = 0; round < rounds; round++) {
            // Each round starts with another step, so that none always pays for what the one before left (garbage, caches).
            for (int step = 0; step <= FORMATS.length; step++) {
                int which = (round + step) % (FORMATS.length + 1);
                long t0 = System.nanoTime();
                if (which == FORMATS.length) {
                    drafting.letter(draft.id(), false);
                    times.assembly().add(System.nanoTime() - t0);
                } else {
                    drafting.render(draft.id(), FORMATS[which], false);
                    times.formats().computeIfAbsent(FORMATS[which], k -> new ArrayList<>()).add(System.nanoTime() - t0);
                }
            }
        }
        return times;
    }

    /** The provisions the annex lists: the paragraphs of its parts under an instrument heading, before the recommendations it cites. */
    private static int annexProvisions(Letter letter) {
        return letter.parts(PartKind.ANNEX).stream().takeWhile(p -> !RecommendationAnnex.HEADING.equals(p.heading()))
                .filter(p -> p.heading() != null).mapToInt(p -> p.paragraphs().size()).sum();
    }
}
