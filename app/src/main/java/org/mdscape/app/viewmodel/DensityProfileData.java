package org.mdscape.app.viewmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished electrolyte job's density profiles ρ+(z), ρ−(z) in mol/L with their standard errors, from the
 * profile.csv of its run folder. Contact bins (extra bins centred on the contact positions) are kept apart.
 */
public record DensityProfileData(double[] zNm, boolean[] contact, double[] rhoPlus, double[] rhoPlusErr,
                                 double[] rhoMinus, double[] rhoMinusErr) {
    public static final DensityProfileData EMPTY = new DensityProfileData(new double[0], new boolean[0], new double[0],
            new double[0], new double[0], new double[0]);

    public int size() {
        return zNm.length;
    }

    public static DensityProfileData read(Path csv) throws IOException {
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
        int[] idx = new int[6];
        String[] names = {"z_nm", "contact_bin", "rhoPlus_M", "rhoPlusErr_M", "rhoMinus_M", "rhoMinusErr_M"};
        for (int i = 0; i < names.length; i++) {
            idx[i] = header.indexOf(names[i]);
            if (idx[i] < 0) {
                throw new IOException(csv.getFileName() + ": missing column " + names[i]);
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length != header.size()) {
                continue;
            }
            double[] r = new double[6];
            for (int i = 0; i < 6; i++) {
                r[i] = Double.parseDouble(f[idx[i]]);
            }
            rows.add(r);
        }
        int n = rows.size();
        double[] z = new double[n], rp = new double[n], ep = new double[n], rm = new double[n], em = new double[n];
        boolean[] c = new boolean[n];
        for (int k = 0; k < n; k++) {
            double[] r = rows.get(k);
            z[k] = r[0];
            c[k] = r[1] != 0;
            rp[k] = r[2];
            ep[k] = r[3];
            rm[k] = r[4];
            em[k] = r[5];
        }
        return new DensityProfileData(z, c, rp, ep, rm, em);
    }
}
