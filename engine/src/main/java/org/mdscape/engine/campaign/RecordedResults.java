package org.mdscape.engine.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.mdscape.engine.run.ElectrolyteRun;

/**
 * Reads electrolyte results back from the two CSV tables {@code mdscape campaign export} writes (optionally
 * gzip-compressed, as the test fixtures are), with the campaign's spec to know each point's system. This is
 * how a recorded sweep becomes training data or a {@link ReplayExecutor}'s answers without its campaign
 * file.
 */
public final class RecordedResults {
    private RecordedResults() {
    }

    /** Finished jobs' profiles, in job order. */
    public static List<ProfileResult> read(CampaignSpec spec, Path pointsCsv, Path profilesCsv) throws IOException {
        List<String> names = List.copyOf(spec.parameters().keySet());
        Map<Long, Long> pointOf = new HashMap<>();
        Map<Long, Map<String, Double>> params = new LinkedHashMap<>();
        try (BufferedReader r = open(pointsCsv)) {
            String[] head = r.readLine().split(",", -1);
            int job = index(head, "job", pointsCsv), point = index(head, "point", pointsCsv), state = index(head, "state", pointsCsv);
            int[] cols = new int[names.size()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = index(head, names.get(i), pointsCsv);
            }
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                if (!f[state].equals("done")) {
                    continue;
                }
                long j = Long.parseLong(f[job]);
                pointOf.put(j, Long.parseLong(f[point]));
                Map<String, Double> p = new LinkedHashMap<>();
                for (int i = 0; i < cols.length; i++) {
                    p.put(names.get(i), Double.parseDouble(f[cols[i]]));
                }
                params.put(j, p);
            }
        }
        Map<Long, List<double[]>> bins = new HashMap<>();
        try (BufferedReader r = open(profilesCsv)) {
            String[] head = r.readLine().split(",", -1);
            int job = index(head, "job", profilesCsv);
            int[] cols = {index(head, "z_nm", profilesCsv), index(head, "contact", profilesCsv),
                    index(head, "rhoPlus_M", profilesCsv), index(head, "rhoPlusErr_M", profilesCsv),
                    index(head, "rhoMinus_M", profilesCsv), index(head, "rhoMinusErr_M", profilesCsv)};
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                double[] v = new double[cols.length];
                for (int i = 0; i < cols.length; i++) {
                    v[i] = f[cols[i]].isEmpty() ? Double.NaN : Double.parseDouble(f[cols[i]]);
                }
                bins.computeIfAbsent(Long.parseLong(f[job]), k -> new ArrayList<>()).add(v);
            }
        }
        List<ProfileResult> out = new ArrayList<>();
        for (Map.Entry<Long, Map<String, Double>> e : params.entrySet()) {
            List<double[]> b = bins.get(e.getKey());
            if (b == null) {
                throw new IOException(profilesCsv + " has no profile for job " + e.getKey());
            }
            ElectrolyteRun run = spec.electrolyteRunAt(e.getValue());
            int n = b.size();
            double[] z = new double[n], rp = new double[n], ep = new double[n], rm = new double[n], em = new double[n];
            boolean[] contact = new boolean[n];
            for (int i = 0; i < n; i++) {
                double[] v = b.get(i);
                z[i] = v[0];
                contact[i] = v[1] != 0;
                rp[i] = v[2];
                ep[i] = v[3];
                rm[i] = v[4];
                em[i] = v[5];
            }
            var s = run.system();
            out.add(new ProfileResult(e.getKey(), pointOf.get(e.getKey()), e.getValue(), s.hNm(), s.dPlusNm(), s.dMinusNm(),
                    s.concentrationM(), s.lengthUnitNm(), run.binWidth(), z, contact, rp, ep, rm, em));
        }
        return out;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static int index(String[] head, String name, Path file) throws IOException {
        for (int i = 0; i < head.length; i++) {
            if (head[i].equals(name)) {
                return i;
            }
        }
        throw new IOException(file + " has no column " + name);
    }
}
