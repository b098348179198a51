package org.defensor.search.internal;

import org.defensor.search.IndexCheck;
import org.defensor.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At every start, before the server takes requests or a command runs: the index is checked against the
 * database and what differs (after a crash) is repaired, saying what was found in counts.
 */
@Component
class ReconcileOnStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReconcileOnStart.class);

    private final SearchIndex index;

    ReconcileOnStart(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void afterSingletonsInstantiated() {
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
