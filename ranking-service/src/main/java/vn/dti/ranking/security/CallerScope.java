package vn.dti.ranking.security;

import vn.dti.platform.security.UnitCodes;

import vn.dti.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the caller may see of rankings, from the token claims {@code unit} and {@code province}:
 * reviewers, council members and admins see the drafts of their province (an admin without a
 * province claim every province); reporters see their province's rankings once published.
 */
@RequestScoped
public class CallerScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String userName() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getSubject() != null ? token.getSubject() : "system";
    }

    public String unit() {
        return token.getClaim("unit");
    }

    public String province() {
        String province = token.getClaim("province");
        return province == null && unit() != null ? UnitCodes.provinceOf(unit()) : province;
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Reviewers, council members and admins of the province: drafts included. */
    public boolean seesDraftsOf(String provinceCode) {
        if (isAdmin() && province() == null) {
            return true;
        }
        boolean provinceWide = isAdmin() || identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.COUNCIL);
        return provinceWide && provinceCode.equals(province());
    }

    /** Published revisions: province staff, and the reporters of the province. */
    public boolean seesPublishedOf(String provinceCode) {
        return seesDraftsOf(provinceCode) || identity.hasRole(Roles.REPORTER) && provinceCode.equals(province());
    }

    /** Publishes rankings: an admin, inside its province when its token names one. */
    public boolean publishesIn(String provinceCode) {
        return isAdmin() && (province() == null || provinceCode.equals(province()));
    }

    /** A unit's rank history: province staff, or the unit's own reporter. */
    public boolean seesHistoryOf(String unitCode) {
        return seesDraftsOf(UnitCodes.provinceOf(unitCode))
                || identity.hasRole(Roles.REPORTER) && unitCode.equals(unit());
    }
}
