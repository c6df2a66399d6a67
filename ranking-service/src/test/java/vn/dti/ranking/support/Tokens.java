package vn.dti.ranking.support;

import vn.dti.platform.testing.TestTokens;

/** Keycloak-shaped tokens for this service's tests (see {@link TestTokens}). */
public final class Tokens extends TestTokens {

    private Tokens() {
    }
}
