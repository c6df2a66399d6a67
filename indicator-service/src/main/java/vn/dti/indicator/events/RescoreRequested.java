package vn.dti.indicator.events;

/**
 * Payload of {@code PeerGroupRescoreRequested} (indicator-service to itself, topic
 * {@code dti.rescore.events}): rescore one peer group in one period, because something its scores
 * depend on changed (a framework activation, a unit joining or leaving the group). With
 * {@code unitCode}, only that unit's REVIEWED and FINAL scores (the council changed its
 * adjustments). Keyed by province and group, so the instances of indicator-service share the
 * groups between them.
 */
public record RescoreRequested(String province, String group, String period, String reason, String unitCode) {

    public static final String TYPE = "PeerGroupRescoreRequested";

    public RescoreRequested(String province, String group, String period, String reason) {
        this(province, group, period, reason, null);
    }

    public String key() {
        return province + ":" + group;
    }
}
