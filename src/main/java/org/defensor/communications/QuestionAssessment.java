package org.defensor.communications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The desk's assessment of how a reply answered one question. */
public record QuestionAssessment(@NotNull Integer question, @NotNull Assessment assessment, @Size(max = 4000) String note) {

    /** Each question's best assessment across the replies (see {@link Assessment#best}), by question number. */
    public static Map<Integer, Assessment> bestByQuestion(Stream<QuestionAssessment> assessments) {
        Map<Integer, Assessment> best = new HashMap<>();
        assessments.forEach(a -> best.put(a.question(), Assessment.best(best.get(a.question()), a.assessment())));
        return best;
    }
}
