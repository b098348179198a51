package org.defensor.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts per value of filter fields over every matching document, from their doc values, all fields in
 * the collecting pass of the query itself (run beside the top hits with a {@code MultiCollectorManager}):
 * keyword fields by ordinal per segment, numeric ones (the year) by value. A field a segment does not
 * have (an index without it) counts nothing there.
 */
final class FilterCounts implements CollectorManager<Collector, Map<String, Map<String, Long>>> {

    private final List<String> keywords;
    private final List<String> numbers;

    FilterCounts(List<String> keywords, List<String> numbers) {
        this.keywords = keywords;
        this.numbers = numbers;
    }

    @Override
    public Collector newCollector() {
        return new Counting();
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Collector> collectors) throws IOException {
        Map<String, Map<String, Long>> all = new HashMap<>();
        keywords.forEach(f -> all.put(f, new HashMap<>()));
        numbers.forEach(f -> all.put(f, new HashMap<>()));
        for (Collector c : collectors) {
            Counting counting = (Counting) c;
            counting.finishLeaf();
            counting.counts.forEach((name, values) -> values.forEach((v, n) -> all.get(name).merge(v, n, Long::sum)));
        }
        return all;
    }

    private final class Counting implements Collector {
        final Map<String, Map<String, Long>> counts = new HashMap<>();
        private SortedSetDocValues[] values;
        private int[][] ords;
        private SortedNumericDocValues[] numeric;
        private Map<Long, Long>[] numericCounts;

        @Override
        @SuppressWarnings("unchecked")
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            finishLeaf();
            values = new SortedSetDocValues[keywords.size()];
            ords = new int[keywords.size()][];
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSortedSet(context.reader(), keywords.get(f));
                ords[f] = new int[(int) values[f].getValueCount()];
            }
            numeric = new SortedNumericDocValues[numbers.size()];
            numericCounts = new Map[numbers.size()];
            for (int f = 0; f < numeric.length; f++) {
                numeric[f] = DocValues.getSortedNumeric(context.reader(), numbers.get(f));
                numericCounts[f] = new HashMap<>();
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    for (int f = 0; f < values.length; f++) {
                        SortedSetDocValues v = values[f];
                        if (v.advanceExact(doc)) {
                            for (int i = 0, n = v.docValueCount(); i < n; i++) {
                                ords[f][(int) v.nextOrd()]++;
                            }
                        }
                    }
                    for (int f = 0; f < numeric.length; f++) {
                        SortedNumericDocValues v = numeric[f];
                        if (v.advanceExact(doc)) {
                            for (int i = 0, n = v.docValueCount(); i < n; i++) {
                                numericCounts[f].merge(v.nextValue(), 1L, Long::sum);
                            }
                        }
                    }
                }
            };
        }

        /** Turns the counts of the last segment, by ordinal or by value, into counts by value. */
        void finishLeaf() throws IOException {
            if (values == null) {
                return;
            }
            for (int f = 0; f < values.length; f++) {
                Map<String, Long> named = counts.computeIfAbsent(keywords.get(f), k -> new HashMap<>());
                for (int ord = 0; ord < ords[f].length; ord++) {
                    if (ords[f][ord] > 0) {
                        named.merge(values[f].lookupOrd(ord).utf8ToString(), (long) ords[f][ord], Long::sum);
                    }
                }
            }
            for (int f = 0; f < numeric.length; f++) {
                Map<String, Long> named = counts.computeIfAbsent(numbers.get(f), k -> new HashMap<>());
                numericCounts[f].forEach((value, n) -> named.merge(String.valueOf(value), n, Long::sum));
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
