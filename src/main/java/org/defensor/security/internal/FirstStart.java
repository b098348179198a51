package org.defensor.security.internal;

import java.io.PrintStream;
import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.shared.Clearance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, when there is no account yet: creates "admin" with a random one-time
 * password and prints it on the console (never to the log).
 */
@Component
@Order(2)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class FirstStart implements ApplicationRunner {

    private static final PrintStream CONSOLE = System.out;
    private final Accounts accounts;

    FirstStart(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Clearance.asSystem(() -> {
            if (accounts.isEmpty()) {
                String password = accounts.createWithOneTimePassword("admin", Role.ADMIN);
                CONSOLE.println("First start: created account 'admin' with one-time password " + password
                        + " (you will be asked to change it when you sign in).");
            }
            return null;
        });
    }
}
