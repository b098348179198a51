package org.defensor.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The same "text" and "nameWords" analyzers and "name" normalizer for an OpenSearch backend. */
public class OpenSearchTextAnalysis implements ElasticsearchAnalysisConfigurer {
    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("text").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "english_stemmer");
        // Snowball's English, as the Lucene analyzer: OpenSearch's "stemmer" for "english" is the older Porter.
        context.tokenFilter("english_stemmer").type("snowball").param("language", "English");
        context.normalizer("name").custom()
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer("nameWords").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }
}
