package org.defensor.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creating and listing accounts and their API tokens. */
public interface Accounts {

    /** How long a token is valid when its creator does not say. */
    Duration DEFAULT_TOKEN_VALIDITY = Duration.ofDays(90);

    /**
     * Creates an account; the password must pass the password policy (length, not only spaces, not
     * a common password: each broken rule is a violation of "password") and is hashed with Argon2id.
     */
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

    /**
     * Changes the password (same policy as {@link #create}), revokes all the account's API tokens
     * and ends its other signed-in sessions.
     */
    void changePassword(String username, String newPassword);

    /** Issues a personal API token valid for {@link #DEFAULT_TOKEN_VALIDITY}. */
    default String issueToken(String username, String name) {
        return issueToken(username, name, DEFAULT_TOKEN_VALIDITY);
    }

    /** Issues a personal API token for the account, valid for the given time, and returns it; only its hash is stored. */
    String issueToken(String username, String name, Duration validFor);

    /** The account's tokens, oldest first, revoked and expired ones included. */
    List<ApiTokenData> tokens(String username);

    /** Revokes a token of the given account; false when the account has no such token. */
    boolean revokeToken(String username, UUID tokenId);

    /** Revokes any account's token (admins, command line); false when there is no such token. */
    boolean revokeToken(UUID tokenId);

    /** Lifts the lockout that repeated failed sign-ins put on the account; false when it was not locked. */
    boolean unlock(String username);

    /** The accounts locked after repeated failed sign-ins. */
    Set<String> locked();

    /** A random password strong enough for a first sign-in. */
    String randomPassword();
}
