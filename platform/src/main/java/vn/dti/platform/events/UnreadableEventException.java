package vn.dti.platform.events;

/**
 * A record that can never be applied as it is (not an envelope, a payload that cannot be read, a
 * required field missing): dead-lettered at once instead of retried.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
