package org.defensor.search.internal;

import org.defensor.search.SearchIndex;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default index lives in memory only (so no plaintext of a record reaches the disk through
 * Lucene's files): it is built from the (encrypted) database at every start, before the server
 * takes requests and before any command runs.
 */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.directory.type", havingValue = "local-heap")
class IndexInMemory implements SmartInitializingSingleton {

    private final SearchIndex index;

    IndexInMemory(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void afterSingletonsInstantiated() {
        index.rebuild();
    }
}
