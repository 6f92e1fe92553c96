package org.mdscape.engine.io;

import java.io.IOException;

/** A file that exists but cannot be read as the format it claims; the message names the line. */
public final class MalformedFileException extends IOException {
    public MalformedFileException(String message) {
        super(message);
    }
}
