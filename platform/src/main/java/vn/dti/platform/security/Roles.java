package vn.dti.platform.security;

/** Realm roles of the Keycloak realm {@code dti}, the same in every service. */
public final class Roles {
    public static final String REPORTER = "reporter";
    public static final String REVIEWER = "reviewer";
    public static final String COUNCIL = "council";
    public static final String ADMIN = "admin";
    public static final String NATIONAL = "national-integration";

    private Roles() {
    }
}
