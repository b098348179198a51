package org.defensor.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The "text" analyzer of the embedded Lucene index: words lower-cased, accents folded (so "Almaty"
 * and "Almaty" with diacritics meet), English stems ("disruptions" finds "disruption"). The
 * "nameWords" analyzer of person and organisation names, which are matched with fuzziness: the same
 * without stems, since a stemmer would cut names ("Sekerbayeva") as if they were English words. The
 * "name" normalizer: a whole name or title lower-cased with accents folded, one keyword that record
 * lists match and sort on.
 */
public class TextAnalysis implements LuceneAnalysisConfigurer {
    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("text").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("snowballPorter").param("language", "English");
        context.analyzer("nameWords").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer("name").custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
