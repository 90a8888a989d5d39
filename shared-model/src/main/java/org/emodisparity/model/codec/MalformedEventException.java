package org.emodisparity.model.codec;

/** A message body that is not the channel's event. It will never decode, however often it is retried. */
public final class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
