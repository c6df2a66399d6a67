package vn.dti.report.security;

import vn.dti.platform.security.UnitCodes;

import vn.dti.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the caller may see: a reporter its own unit, a reviewer or council member its province,
 * an admin without a province claim everything. Read from the token claims {@code unit} and
 * {@code province}.
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

    /** The province of the caller's own unit (a reporter's), or null. */
    public String unitProvince() {
        return unit() == null ? null : UnitCodes.provinceOf(unit());
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean seesProvince(String provinceCode) {
        if (isAdmin() && province() == null) {
            return true;
        }
        boolean provinceWide = isAdmin() || identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.COUNCIL);
        return provinceWide && provinceCode.equals(province());
    }

    /** Fills and submits a unit's reports: that unit's reporter, or an admin of its province. */
    public boolean editsFor(String unitCode) {
        if (isAdmin()) {
            return seesProvince(UnitCodes.provinceOf(unitCode));
        }
        return identity.hasRole(Roles.REPORTER) && unitCode.equals(unit());
    }

    /** Reviews a province's reports: its reviewers, or an admin of it. */
    public boolean reviewsIn(String provinceCode) {
        boolean reviewer = isAdmin() || identity.hasRole(Roles.REVIEWER);
        return reviewer && seesProvince(provinceCode);
    }

    public boolean seesUnit(String unitCode) {
        if (seesProvince(UnitCodes.provinceOf(unitCode))) {
            return true;
        }
        return identity.hasRole(Roles.REPORTER) && unitCode.equals(unit());
    }
}
