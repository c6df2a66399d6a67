package vn.dti.platform.events;

import java.util.List;

/**
 * An {@link EventHandler} that applies a polled batch of events at once, with set-based writes,
 * instead of one event after the other.
 */
public interface BatchEventHandler extends EventHandler {

    /** Applies these first deliveries, in their order, in the caller's transaction. */
    void applyAll(List<IncomingEvent> events);
}
