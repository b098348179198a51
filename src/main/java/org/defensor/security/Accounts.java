package org.defensor.security;

import java.util.List;
import java.util.Optional;

/** Creating and listing accounts and their API tokens. */
public interface Accounts {

    /** Creates an account; the password is hashed with Argon2id before it is stored. */
    UserAccount create(String username, String password, Role role);

    /**
     * Creates an account with a random one-time password, returned once: it must be changed at
     * the first sign-in before anything else can be done.
     */
    String createWithOneTimePassword(String username, Role role);

    /** Whether the account still has to replace its one-time password. */
    boolean mustChangePassword(String username);

    List<UserAccount> list();

    Optional<UserAccount> find(String username);

    boolean isEmpty();

    void changePassword(String username, String newPassword);

    /** Issues a personal API token for the account and returns it; only its hash is stored. */
    String issueToken(String username, String name);

    /** A random password strong enough for a first sign-in. */
    String randomPassword();
}
