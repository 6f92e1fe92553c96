package org.mdscape.cloud.preemption;

/** A preemption history file that cannot be read; the message is one line a user can act on. */
public final class MalformedHistoryException extends IllegalArgumentException {
    public MalformedHistoryException(String message) {
        super(message);
    }
}
