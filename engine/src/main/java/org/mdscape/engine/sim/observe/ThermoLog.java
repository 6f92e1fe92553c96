package org.mdscape.engine.sim.observe;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mdscape.engine.sim.CheckpointedObserver;
import org.mdscape.engine.sim.Simulation;

/**
 * Records thermodynamics every period and, optionally, writes them to a CSV file. Samples travel in
 * checkpoints; on restore the CSV is rewritten from them, so rows written after the checkpoint by a
 * run that then crashed disappear and the resumed file equals an uninterrupted one.
 */
public final class ThermoLog implements CheckpointedObserver {
    private final List<ThermoSample> samples = new ArrayList<>();
    private final Path csv;
    private BufferedWriter writer;

    /** @param csv file to write, or null to keep samples in memory only */
    public ThermoLog(Path csv) {
        this.csv = csv;
    }

    public List<ThermoSample> samples() {
        return Collections.unmodifiableList(samples);
    }

    @Override
    public boolean needsEnergy() {
        return true;
    }

    @Override
    public void observe(Simulation sim) {
        ThermoSample sample = ThermoSample.of(sim);
        samples.add(sample);
        if (csv != null) {
            try {
                if (writer == null) {
                    rewriteFile();
                } else {
                    writer.write(sample.toCsv());
                    writer.newLine();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + csv, e);
            }
        }
    }

    private void rewriteFile() throws IOException {
        if (writer != null) {
            writer.close();
        }
        writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        writer.write(ThermoSample.CSV_HEADER);
        writer.newLine();
        for (ThermoSample s : samples) {
            writer.write(s.toCsv());
            writer.newLine();
        }
    }

    @Override
    public void finish(Simulation sim) {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + csv, e);
            }
        }
    }

    @Override
    public String checkpointKey() {
        return "thermo";
    }

    @Override
    public byte[] saveState() {
        try {
            if (writer != null) {
                writer.flush();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(samples.size());
                for (ThermoSample s : samples) {
                    for (double v : s.toRow()) {
                        out.writeLong(Double.doubleToRawLongBits(v));
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void restoreState(byte[] state) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            int count = in.readInt();
            samples.clear();
            for (int i = 0; i < count; i++) {
                double[] row = new double[14];
                for (int k = 0; k < row.length; k++) {
                    row[k] = Double.longBitsToDouble(in.readLong());
                }
                samples.add(ThermoSample.fromRow(row));
            }
            if (csv != null) {
                rewriteFile();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
