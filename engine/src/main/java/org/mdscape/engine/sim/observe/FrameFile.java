package org.mdscape.engine.sim.observe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An append-only text file of trajectory frames whose length travels in checkpoints: on restore it is
 * cut back to that length, dropping frames a crashed run wrote after its last checkpoint.
 */
final class FrameFile {
    private final Path file;
    private FileChannel channel;

    FrameFile(Path file) {
        this.file = file;
    }

    void append(CharSequence frame) {
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            }
            ByteBuffer buf = ByteBuffer.wrap(frame.toString().getBytes(StandardCharsets.US_ASCII));
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                channel = null;
            }
        }
    }

    /** The length written so far, forced to disk, as checkpoint state. */
    byte[] saveState() {
        try {
            long length = channel == null ? 0 : channel.position();
            if (channel != null) {
                channel.force(false);
            }
            return ByteBuffer.allocate(8).putLong(length).array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void restoreState(byte[] state) {
        long length = ByteBuffer.wrap(state).getLong();
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.size() < length) {
                throw new IllegalArgumentException("trajectory " + file.getFileName() + " is shorter (" + channel.size()
                        + " bytes) than when the checkpoint was written (" + length + " bytes)");
            }
            channel.truncate(length);
            channel.position(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
