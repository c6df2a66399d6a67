package vn.dti.indicator.support;

import vn.dti.platform.testing.Polling;

/** Waits for asynchronous effects in this service's tests (see {@link Polling}). */
public final class Eventually extends Polling {

    private Eventually() {
    }
}
