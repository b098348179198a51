package org.defensor.shared;

/** An update based on an older version than the stored one: applying it would lose someone's change. */
public class StaleVersionException extends RuntimeException {
    private final long expected;
    private final long actual;

    public StaleVersionException(String kind, Object id, long expected, long actual) {
        super("The " + kind + " " + id + " was changed by someone else (your version " + expected
                + ", current version " + actual + "); reload it and apply your change again");
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
