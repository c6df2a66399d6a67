package vn.dti.report.extraction;

/**
 * Thrown when the thread that reads a text is interrupted: a caller that stops waiting for a long or dense text frees its core
 * at the next checkpoint instead of letting the reading run to its end.
 */
public class ReadingStopped extends RuntimeException {

    ReadingStopped() {
        super("The reading was stopped", null, false, false);
    }

    /** A checkpoint of the reading's loops. */
    static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ReadingStopped();
        }
    }
}
