package org.defensor.support;

import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.shared.Clearance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A full server on a random port with an in-memory H2 database and an in-memory index, and one
 * account per role. Each test class gets its own server and database, so that no class sees
 * another's records. Subclasses for PostgreSQL swap the database.
 */
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:defensor-${random.uuid};DB_CLOSE_DELAY=-1",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
        "defensor.data-dir=${java.io.tmpdir}/defensor-tests"})
public abstract class ServerTest {

    public static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    protected int port;

    @Autowired
    protected Accounts accounts;

    protected Api admin;
    protected Api editor;
    protected Api viewer;
    protected Api anonymous;

    @BeforeEach
    void signIn() {
        Clearance.asSystem(() -> {
            for (Role role : Role.values()) {
                String name = "test-" + role.name().toLowerCase();
                if (accounts.find(name).isEmpty()) {
                    accounts.create(name, PASSWORD, role);
                }
            }
            return null;
        });
        admin = Api.as(port, "test-admin", PASSWORD);
        editor = Api.as(port, "test-editor", PASSWORD);
        viewer = Api.as(port, "test-viewer", PASSWORD);
        anonymous = Api.anonymous(port);
    }
}
