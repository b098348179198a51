package org.defensor.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "reindex", description = "Rebuild the search index from the database.")
class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
            long started = System.nanoTime();
            app.bean(SearchIndex.class).rebuild();
            spec.commandLine().getOut().printf("Index rebuilt in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }
}
