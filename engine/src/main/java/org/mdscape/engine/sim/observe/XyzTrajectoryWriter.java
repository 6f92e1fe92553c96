package org.mdscape.engine.sim.observe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.mdscape.engine.sim.Box;
import org.mdscape.engine.sim.CheckpointedObserver;
import org.mdscape.engine.sim.Simulation;
import org.mdscape.engine.sim.State;

/**
 * Writes frames in extended XYZ, the format OVITO, ASE and MDAnalysis read: a count line, a comment
 * line with {@code Lattice}, {@code Properties}, {@code Time} and {@code pbc}, then one line per particle
 * in original particle order. No blank lines between frames (ASE stops at one). Numbers use a dot.
 * The checkpointed state is the file length, so a resumed run first cuts off frames written after
 * the checkpoint.
 */
public final class XyzTrajectoryWriter implements CheckpointedObserver {
    private final Path file;
    private final String species;
    private FileChannel channel;

    /** @param species element symbol written for every particle (ASE needs a real element; "Ar" for LJ) */
    public XyzTrajectoryWriter(Path file, String species) {
        this.file = file;
        this.species = species;
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
        return channel;
    }

    @Override
    public void observe(Simulation sim) {
        State s = sim.state();
        Box box = sim.system().box();
        double[][] pos = s.positionsByParticle();
        StringBuilder b = new StringBuilder(pos.length * 48 + 200);
        b.append(pos.length).append('\n');
        b.append(String.format(Locale.ROOT,
                "Lattice=\"%s 0 0 0 %s 0 0 0 %s\" Properties=species:S:1:pos:R:3 Time=%s Step=%d pbc=\"T T T\"%n",
                num(box.lx()), num(box.ly()), num(box.lz()), num(sim.time()), s.step));
        for (double[] p : pos) {
            b.append(species).append(' ').append(num(p[0])).append(' ').append(num(p[1])).append(' ')
                    .append(num(p[2])).append('\n');
        }
        try {
            FileChannel ch = channel();
            ByteBuffer buf = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.US_ASCII));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }

    @Override
    public void finish(Simulation sim) {
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

    @Override
    public String checkpointKey() {
        return "trajectory.xyz";
    }

    @Override
    public byte[] saveState() {
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

    @Override
    public void restoreState(byte[] state) {
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
