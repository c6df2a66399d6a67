package vn.dti.gateway.routing;

/** The services behind the gateway. */
public enum Service {
    REPORT, INDICATOR, RANKING
}
