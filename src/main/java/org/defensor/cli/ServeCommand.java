package org.defensor.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Run the web application and the REST API.")
class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--port", description = "HTTP port. Default: ${DEFAULT-VALUE}", defaultValue = "8080")
    int port;

    @Option(names = "--demo", description = "Load the sample data built from the seed documents into an empty database.")
    boolean demo;

    @Override
    public Integer call() {
        Launcher.start(data, true, Map.of("server.port", port, "defensor.demo", demo));
        return -1; // keep running
    }
}
