package org.defensor.search;

/**
 * The PostgreSQL server that {@code bench search --peer postgres} runs the same queries on, with its own
 * full-text search: Defensor's own database when {@link #own()}, else the one at {@code url}. The peer
 * works in a throwaway schema it drops afterwards, so it leaves nothing behind.
 */
public record PeerDatabase(String url, String user, String password) {

    public PeerDatabase {
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the peer database must be PostgreSQL (a jdbc:postgresql: URL), not " + url);
        }
    }

    /** Defensor's own database, which must then be PostgreSQL. */
    public static PeerDatabase ownDatabase() {
        return new PeerDatabase(null, null, null);
    }

    public boolean own() {
        return url == null;
    }
}
