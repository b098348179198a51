package org.defensor.records;

/** Length limits of text fields, shared by validation and the schema. */
public final class Limits {
    public static final int SHORT = 200;
    public static final int NAME = 500;
    public static final int NOTE = 2000;
    public static final int EXCERPT = 20000;
    public static final int TEXT = 50000;

    private Limits() {}
}
