package org.defensor.search.internal;

import org.defensor.search.IndexCheck;
import org.defensor.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At every start, before the server takes requests or a command runs: an index kept in memory (the
 * default, so that no record's text reaches the disk through Lucene's files; docs/adr/011) is built
 * from the database; an index in files is checked against the database and what differs (after a
 * crash) is repaired, saying what was found in counts.
 */
@Component
class ReconcileOnStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReconcileOnStart.class);

    private final SearchIndex index;
    private final boolean inMemory;

    ReconcileOnStart(SearchIndex index,
                     @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directory) {
        this.index = index;
        this.inMemory = "local-heap".equals(directory);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (inMemory) {
            long started = System.nanoTime();
            index.rebuild();
            IndexCheck found = index.reconcile();
            log.info("Search index built in memory from the database in {} ms: {} documents", (System.nanoTime() - started) / 1_000_000,
                    found.documents());
            return;
        }
        IndexCheck found = index.reconcile();
        if (found.differences() == 0) {
            log.info("Search index checked against the database in {} ms: {} documents, all match", found.millis(),
                    found.documents());
        } else {
            log.warn("Search index differed from the database ({} documents; an interrupted write or crash?) and was repaired "
                    + "in {} ms: {}", found.differences(), found.millis(), found.describeDifferences());
        }
    }
}
