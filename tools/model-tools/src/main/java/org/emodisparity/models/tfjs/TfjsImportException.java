package org.emodisparity.models.tfjs;

/** A TF.js graph that cannot be read or converted; the message names the node and op at fault. */
public class TfjsImportException extends RuntimeException {
    public TfjsImportException(String message) {
        super(message);
    }

    public TfjsImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
