package org.defensor.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The same "text" and "name" analyzers for an OpenSearch backend. */
public class OpenSearchTextAnalysis implements ElasticsearchAnalysisConfigurer {
    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("text").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "english_stemmer");
        context.analyzer("name").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.tokenFilter("english_stemmer").type("stemmer").param("language", "english");
    }
}
