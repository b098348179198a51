package org.defensor.security;

/**
 * The access rules handlers declare with {@code @PreAuthorize}: one place that says who may read,
 * write and administer.
 */
public final class Access {
    public static final String READ = "hasAnyRole('ADMIN','EDITOR','VIEWER')";
    public static final String WRITE = "hasAnyRole('ADMIN','EDITOR')";
    public static final String ADMIN = "hasRole('ADMIN')";
    /** Pages and endpoints anyone may reach, such as the sign-in page. */
    public static final String ANYONE = "permitAll()";

    private Access() {}
}
