package org.defensor.communications;

import java.util.List;
import java.util.Map;
import org.defensor.letters.LetterFormat;
import org.defensor.shared.Latency;

/**
 * Measures how long generating a letter takes: a draft is made from the request, its letter
 * generated in each format over the rounds, then the draft is deleted. The baseline, measured in
 * the same rounds, is assembling the letter without rendering it; each format's time is the whole
 * generation (assembly and rendering), as a download does it.
 */
public interface LetterBenchmark {

    /** {@code formats} and {@code bytes} in the order of {@link LetterFormat}. */
    record Report(int incidents, int questions, int annexProvisions, int rounds, Latency assembly,
                  Map<LetterFormat, Latency> formats, Map<LetterFormat, Integer> bytes, List<String> notes) {

        /** How many times the assembly alone the whole generation in this format takes, at the median. */
        public double ratioP50(LetterFormat format) {
            return formats.get(format).p50() / assembly.p50();
        }

        public double ratioMean(LetterFormat format) {
            return formats.get(format).mean() / assembly.mean();
        }
    }

    /** Refused with {@link org.defensor.shared.InvalidRecordException} as {@link Drafting#draft} refuses a request. */
    Report run(Drafting.DraftRequest request, int rounds);
}
