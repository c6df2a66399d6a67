package vn.dti.platform.events;

/**
 * Applies the events of one incoming channel. {@link EventProcessor} calls it inside a transaction
 * that also records the event id, so a redelivery changes nothing.
 */
public interface EventHandler {

    /** The incoming channel this handler applies, as named in {@code mp.messaging.incoming.*}. */
    String channel();

    /** Event types this handler applies; others are acknowledged without effect. */
    boolean handles(String type);

    /** @throws UnreadableEventException when the event can never be applied as it is */
    void apply(IncomingEvent event);
}
