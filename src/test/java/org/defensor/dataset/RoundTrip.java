package org.defensor.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import org.defensor.DefensorApplication;
import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.shared.Clearance;
import org.defensor.support.Api;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a second, empty server, imports a dataset into it and exports it again. */
final class RoundTrip {

    private RoundTrip() {}

    static JsonNode throughFreshServer(String dataset) {
        SpringApplication app = new SpringApplication(DefensorApplication.class);
        // Arguments, not default properties: they must win over application.properties.
        try (ConfigurableApplicationContext context = app.run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:roundtrip-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap")) {
            Clearance.asSystem(() -> context.getBean(Accounts.class).create("roundtrip-admin", "roundtrip-password", Role.ADMIN));
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Api api = Api.as(port, "roundtrip-admin", "roundtrip-password");
            Api.Reply imported = api.post("/api/v1/dataset", dataset);
            if (imported.status() != 200) {
                throw new AssertionError("import into the fresh server failed: " + imported.raw());
            }
            return api.get("/api/v1/dataset").body();
        }
    }
}
