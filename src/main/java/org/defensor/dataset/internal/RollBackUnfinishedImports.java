package org.defensor.dataset.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.defensor.dataset.UnfinishedImports;
import org.defensor.shared.Clearance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At every start, while the application is being built (so before the search index is reconciled at
 * {@code ReconcileOnStart}, before the server takes requests or a command runs): each import journal left
 * by an import that did not commit is rolled back, then deleted; journals of committed imports are deleted.
 * Logs counts and the journal's name only. A kill during the rollback leaves the journal, and the next
 * start finishes it.
 */
@Component
class RollBackUnfinishedImports implements InitializingBean, UnfinishedImports {

    private static final Logger log = LoggerFactory.getLogger(RollBackUnfinishedImports.class);

    private final ImportJournal journals;
    private final JdbcImportRollback rollback;
    private final List<RolledBack> rolledBack = new ArrayList<>();

    RollBackUnfinishedImports(ImportJournal journals, JdbcImportRollback rollback) {
        this.journals = journals;
        this.rollback = rollback;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            for (ImportJournal.Found found : journals.left()) {
                try (found) {
                    handle(found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import journals in " + journals.folder(), e);
        }
    }

    private void handle(ImportJournal.Found found) throws IOException {
        if (!found.unfinished()) {
            // Committed (its index rebuild may have been cut short: the reconciliation repairs that), or
            // killed while the journal itself was being written, before the import's transaction began.
            found.delete();
            return;
        }
        ImportJournal.Contents contents = found.read();
        int records = Clearance.asSystem(() -> rollback.rollBack(contents));
        found.delete();
        rolledBack.add(new RolledBack(found.name(), records));
        log.warn("An import did not complete: rolled back {} records (journal {})", records, found.name());
    }

    @Override
    public List<RolledBack> rolledBackAtStart() {
        return List.copyOf(rolledBack);
    }
}
