package org.mdscape.engine.sim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything needed to continue a run bit for bit: step, slot order, positions, velocities,
 * integrator (thermostat) state, random generator state and the state of checkpointed observers.
 * Neighbour lists are not stored; forces are recomputed, and platforms make them independent of
 * when the list was built.
 *
 * <p>File layout: magic "MDSCKPT\0", format version, payload length, payload, SHA-256 of the payload.
 * Files are written to a temporary sibling, forced to disk and renamed over the old checkpoint, so a
 * crash while writing leaves the previous checkpoint intact; the one replaced is kept as {@code FILE.prev}.
 */
public final class Checkpoint {
    private static final byte[] MAGIC = "MDSCKPT\0".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;

    private Checkpoint() {
    }

    /**
     * Writes a checkpoint of {@code sim}. {@code runDescription} identifies the run (e.g. its spec as JSON)
     * and is checked on restore, so a checkpoint is never continued with different settings.
     */
    public static void write(Simulation sim, String runDescription, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            State s = sim.state();
            out.writeUTF(runDescription);
            out.writeUTF(sim.platform().name());
            out.writeInt(sim.platform().threads());
            out.writeUTF(sim.integrator().name());
            out.writeLong(s.step);
            out.writeInt(s.size());
            for (int id : s.ids) {
                out.writeInt(id);
            }
            for (double[] a : new double[][] {s.x, s.y, s.z, s.vx, s.vy, s.vz}) {
                for (double v : a) {
                    out.writeLong(Double.doubleToRawLongBits(v));
                }
            }
            writeDoubles(out, sim.integrator().saveState());
            long[] rng = sim.random().saveState();
            out.writeInt(rng.length);
            for (long w : rng) {
                out.writeLong(w);
            }
            var checkpointed = sim.observers().stream()
                    .filter(o -> o instanceof CheckpointedObserver).map(o -> (CheckpointedObserver) o).toList();
            out.writeInt(checkpointed.size());
            for (CheckpointedObserver o : checkpointed) {
                out.writeUTF(o.checkpointKey());
                byte[] state = o.saveState();
                out.writeInt(state.length);
                out.write(state);
            }
        }
        byte[] payload = bytes.toByteArray();
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 4 + 8);
        header.put(MAGIC).putInt(FORMAT).putLong(payload.length).flip();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(header);
            ch.write(ByteBuffer.wrap(payload));
            ch.write(ByteBuffer.wrap(sha256(payload)));
            ch.force(true);
        }
        if (Files.exists(file)) {
            // Keep the checkpoint being replaced as FILE.prev, so that a checkpoint found corrupt later (a bad
            // disk block, a copy cut short) still leaves one to resume from. A hard link keeps FILE in place
            // until the new one replaces it: there is no moment without a checkpoint.
            Path prev = previous(file);
            Path link = file.resolveSibling(file.getFileName() + ".prev.tmp");
            Files.deleteIfExists(link);
            try {
                Files.createLink(link, file);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(file, link, StandardCopyOption.REPLACE_EXISTING);
            }
            moveReplacing(link, prev);
        }
        moveReplacing(tmp, file);
    }

    /** Where {@link #write} keeps the checkpoint it replaced: {@code FILE.prev}. */
    public static Path previous(Path file) {
        return file.resolveSibling(file.getFileName() + ".prev");
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Loads a checkpoint into {@code sim} (built from the same spec). Throws {@link CorruptCheckpointException}
     * if the file is truncated, fails its checksum, or was written for another run, platform or thread count.
     */
    public static void restore(Path file, Simulation sim, String runDescription) throws IOException {
        byte[] all = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        int headerLength = MAGIC.length + 4 + 8;
        if (all.length < headerLength || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
            throw new CorruptCheckpointException("checkpoint " + name + " is not an MDScape checkpoint (bad header)");
        }
        ByteBuffer header = ByteBuffer.wrap(all, MAGIC.length, 12);
        int format = header.getInt();
        long length = header.getLong();
        if (format != FORMAT) {
            throw new CorruptCheckpointException("checkpoint " + name + " has format " + format + "; this version reads " + FORMAT);
        }
        if (length < 0 || headerLength + length + 32 != all.length) {
            throw new CorruptCheckpointException("checkpoint " + name + " is truncated or has trailing bytes ("
                    + all.length + " bytes, expected " + (headerLength + length + 32) + ")");
        }
        byte[] payload = Arrays.copyOfRange(all, headerLength, headerLength + (int) length);
        byte[] digest = Arrays.copyOfRange(all, headerLength + (int) length, all.length);
        if (!MessageDigest.isEqual(digest, sha256(payload))) {
            throw new CorruptCheckpointException("checkpoint " + name + " is corrupt (SHA-256 mismatch)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            String description = in.readUTF();
            if (!description.equals(runDescription)) {
                throw new CorruptCheckpointException("checkpoint " + name + " was written for a different run: "
                        + description);
            }
            String platform = in.readUTF();
            int threads = in.readInt();
            if (!platform.equals(sim.platform().name()) || threads != sim.platform().threads()) {
                throw new CorruptCheckpointException("checkpoint " + name + " was written on platform " + platform
                        + " with " + threads + " thread(s); resume with the same platform and thread count"
                        + " (results are bit-identical only then)");
            }
            String integrator = in.readUTF();
            if (!integrator.equals(sim.integrator().name())) {
                throw new CorruptCheckpointException("checkpoint " + name + " was written by integrator " + integrator);
            }
            State s = sim.state();
            long step = in.readLong();
            int n = in.readInt();
            if (n != s.size()) {
                throw new CorruptCheckpointException("checkpoint " + name + " holds " + n + " particles, the run " + s.size());
            }
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = in.readInt();
            }
            double[][] arrays = new double[6][n];
            for (double[] a : arrays) {
                for (int i = 0; i < n; i++) {
                    a[i] = Double.longBitsToDouble(in.readLong());
                }
            }
            double[] integratorState = readDoubles(in);
            long[] rng = new long[in.readInt()];
            for (int i = 0; i < rng.length; i++) {
                rng[i] = in.readLong();
            }
            Map<String, byte[]> observerStates = new HashMap<>();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                byte[] state = new byte[in.readInt()];
                in.readFully(state);
                observerStates.put(key, state);
            }
            // Everything parsed: only now touch the simulation.
            s.step = step;
            int[] order = new int[n];
            int[] slotOfId = new int[n];
            for (int k = 0; k < n; k++) {
                slotOfId[s.ids[k]] = k;
            }
            for (int k = 0; k < n; k++) {
                order[k] = slotOfId[ids[k]];
            }
            s.permute(order);
            System.arraycopy(arrays[0], 0, s.x, 0, n);
            System.arraycopy(arrays[1], 0, s.y, 0, n);
            System.arraycopy(arrays[2], 0, s.z, 0, n);
            System.arraycopy(arrays[3], 0, s.vx, 0, n);
            System.arraycopy(arrays[4], 0, s.vy, 0, n);
            System.arraycopy(arrays[5], 0, s.vz, 0, n);
            sim.integrator().restoreState(integratorState);
            sim.random().restoreState(rng);
            for (Observer o : sim.observers()) {
                if (o instanceof CheckpointedObserver c) {
                    byte[] state = observerStates.get(c.checkpointKey());
                    if (state == null) {
                        throw new CorruptCheckpointException("checkpoint " + name + " has no state for " + c.checkpointKey());
                    }
                    c.restoreState(state);
                }
            }
            sim.afterRestore();
        } catch (java.io.EOFException | IllegalArgumentException e) {
            throw new CorruptCheckpointException("checkpoint " + name + " is inconsistent: " + e.getMessage());
        }
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeLong(Double.doubleToRawLongBits(v));
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] v = new double[in.readInt()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.longBitsToDouble(in.readLong());
        }
        return v;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
