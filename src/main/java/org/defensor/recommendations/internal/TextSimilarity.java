package org.defensor.recommendations.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * TF-IDF cosine similarity between one text and a set of others, with the English analysis the
 * search index uses (stop words out, Porter stems: "harassed" meets "harassment"). The set is its own
 * corpus, so words every recommendation shares ("State", "ensure") weigh little.
 */
final class TextSimilarity {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    TextSimilarity(Collection<String> corpus) {
        for (String text : corpus) {
            terms(text).keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        documents = corpus.size();
    }

    /** The similarity (0 to 1) and the shared stems that weigh most, heaviest first. */
    Match compare(String query, String text) {
        Map<String, Double> a = weights(terms(query));
        Map<String, Double> b = weights(terms(text));
        double dot = 0;
        Map<String, Double> shared = new HashMap<>();
        for (var e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
                shared.put(e.getKey(), e.getValue() * other);
            }
        }
        double norm = Math.sqrt(a.values().stream().mapToDouble(w -> w * w).sum()) * Math.sqrt(b.values().stream().mapToDouble(w -> w * w).sum());
        List<String> top = shared.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                .map(Map.Entry::getKey).toList();
        return new Match(norm == 0 ? 0 : dot / norm, top);
    }

    record Match(double similarity, List<String> sharedTerms) {}

    private Map<String, Double> weights(Map<String, Integer> counts) {
        Map<String, Double> w = new HashMap<>();
        counts.forEach((term, n) -> w.put(term, (1 + Math.log(n)) * Math.log(1.0 + (documents + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0))));
        return w;
    }

    static Map<String, Integer> terms(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (t.length() > 2 && !Character.isDigit(t.charAt(0))) {
                    counts.merge(t, 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
