package vn.dti.indicator.events;

/**
 * Payload of {@code PeerGroupRescoreRequested} (indicator-service to itself, topic
 * {@code dti.rescore.events}): rescore one peer group in one period, because something its scores
 * depend on changed (a framework activation, a unit joining or leaving the group). Keyed by
 * province and group, so the instances of indicator-service share the groups between them.
 */
public record RescoreRequested(String province, String group, String period, String reason) {

    public static final String TYPE = "PeerGroupRescoreRequested";

    public String key() {
        return province + ":" + group;
    }
}
