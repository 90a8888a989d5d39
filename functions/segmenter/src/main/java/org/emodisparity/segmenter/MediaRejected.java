package org.emodisparity.segmenter;

import org.emodisparity.model.ReasonCode;

/** The upload cannot be analysed; {@link #reason()} is recorded in the session status. */
public class MediaRejected extends Exception {
    private final ReasonCode reason;

    public MediaRejected(ReasonCode reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ReasonCode reason() {
        return reason;
    }
}
