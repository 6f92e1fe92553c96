package org.mdscape.app.viewmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A job's thermodynamics so far, read from the thermo.csv of its run folder (written by the engine's ThermoLog
 * and flushed at each checkpoint). Energies are per particle-less totals as the engine writes them (k_BT).
 */
public record ThermoSeries(double[] time, double[] temperature, double[] potentialEnergy, double[] totalEnergy) {
    public static final ThermoSeries EMPTY = new ThermoSeries(new double[0], new double[0], new double[0], new double[0]);

    public int size() {
        return time.length;
    }

    /** Reads {@code csv}; a missing file is an empty series, a half-written last line is left out. */
    public static ThermoSeries read(Path csv) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return EMPTY;
        }
        if (lines.isEmpty()) {
            return EMPTY;
        }
        List<String> header = List.of(lines.getFirst().split(","));
        int t = header.indexOf("time"), temp = header.indexOf("temperature"), pe = header.indexOf("potential_energy"),
                te = header.indexOf("total_energy");
        if (t < 0 || temp < 0 || pe < 0 || te < 0) {
            throw new IOException(csv.getFileName() + ": expected columns time, temperature, potential_energy, total_energy");
        }
        int n = 0;
        double[][] cols = new double[4][lines.size() - 1];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length != header.size()) {
                continue; // being written right now
            }
            try {
                cols[0][n] = Double.parseDouble(f[t]);
                cols[1][n] = Double.parseDouble(f[temp]);
                cols[2][n] = Double.parseDouble(f[pe]);
                cols[3][n] = Double.parseDouble(f[te]);
                n++;
            } catch (NumberFormatException e) {
                // a torn line: skip it
            }
        }
        return new ThermoSeries(java.util.Arrays.copyOf(cols[0], n), java.util.Arrays.copyOf(cols[1], n),
                java.util.Arrays.copyOf(cols[2], n), java.util.Arrays.copyOf(cols[3], n));
    }
}
