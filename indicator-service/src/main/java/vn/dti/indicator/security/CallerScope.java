package vn.dti.indicator.security;

import vn.dti.platform.security.UnitCodes;

import vn.dti.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the caller may see: a reporter its own unit, a reviewer or council member its province, an
 * admin without a province claim and the national integration client everything. Read from the
 * token claims {@code unit} and {@code province}.
 */
@RequestScoped
public class CallerScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The user name for audit trails: Keycloak's preferred_username, else the subject. */
    public String userName() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getSubject() != null ? token.getSubject() : "system";
    }

    public String unit() {
        return token.getClaim("unit");
    }

    public String province() {
        return token.getClaim("province");
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Sees every province: an admin without a province claim. */
    public boolean seesEverything() {
        return isAdmin() && province() == null;
    }

    /**
     * The national export of a province: the national system for every province, else whoever sees
     * the province. Without a province claim the national system sees no other province-scoped list.
     */
    public boolean exportsFor(String provinceCode) {
        return identity.hasRole(Roles.NATIONAL) || seesProvince(provinceCode);
    }

    public boolean seesProvince(String provinceCode) {
        if (seesEverything()) {
            return true;
        }
        boolean provinceWide = isAdmin() || identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.COUNCIL);
        return provinceWide && provinceCode.equals(province());
    }

    public boolean seesUnit(String unitCode) {
        if (seesProvince(UnitCodes.provinceOf(unitCode))) {
            return true;
        }
        return identity.hasRole(Roles.REPORTER) && unitCode.equals(unit());
    }

    /** Adjusts FINAL points: the province's council, or an admin of it. */
    public boolean adjustsIn(String provinceCode) {
        boolean council = identity.hasRole(Roles.COUNCIL) || isAdmin();
        return council && (provinceCode.equals(province()) || (isAdmin() && province() == null));
    }

    /** Administers frameworks and recomputations for a province (null: for every province). */
    public boolean administers(String provinceCode) {
        return isAdmin() && (province() == null || province().equals(provinceCode));
    }
}
