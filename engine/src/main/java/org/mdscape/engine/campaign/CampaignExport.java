package org.mdscape.engine.campaign;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A campaign's results as two flat tables: one row per job (point and replica) with its inputs, state and
 * scalars, and the density profiles in long form (one row per job and bin).
 */
public final class CampaignExport {
    private CampaignExport() {
    }

    /** One row per job: job, point, replica, seed, the point's parameters, state, attempts, then scalars. */
    public static ExportTable points(CampaignStore store) throws SQLException {
        CampaignSpec spec = store.spec();
        return store.read(c -> {
            Map<Long, Map<String, Double>> scalars = new LinkedHashMap<>();
            Set<String> scalarNames = new LinkedHashSet<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT job_id, name, value FROM result_scalar ORDER BY job_id, rowid")) {
                while (r.next()) {
                    double v = r.getDouble(3);
                    scalars.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>())
                            .put(r.getString(2), r.wasNull() ? null : v);
                    scalarNames.add(r.getString(2));
                }
            }
            List<ExportTable.Column> cols = new ArrayList<>(List.of(
                    new ExportTable.Column("job", ExportTable.Type.LONG),
                    new ExportTable.Column("point", ExportTable.Type.LONG),
                    new ExportTable.Column("replica", ExportTable.Type.LONG),
                    new ExportTable.Column("seed", ExportTable.Type.LONG)));
            List<String> params = List.copyOf(spec.parameters().keySet());
            for (String p : params) {
                boolean integer = spec.model().variable(p).kind() == ModelVariable.Kind.INTEGER;
                cols.add(new ExportTable.Column(p, integer ? ExportTable.Type.LONG : ExportTable.Type.DOUBLE));
            }
            cols.add(new ExportTable.Column("state", ExportTable.Type.STRING));
            cols.add(new ExportTable.Column("attempts", ExportTable.Type.LONG));
            for (String n : scalarNames) {
                cols.add(new ExportTable.Column(n, ExportTable.Type.DOUBLE));
            }
            List<Object[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT j.id, j.point_id, j.replica, j.seed, j.state,"
                            + " (SELECT count(*) FROM attempt a WHERE a.job_id = j.id) FROM job j ORDER BY j.id")) {
                Map<Long, Map<String, Double>> values = pointValues(c);
                while (r.next()) {
                    Object[] row = new Object[cols.size()];
                    int k = 0;
                    long job = r.getLong(1);
                    row[k++] = job;
                    row[k++] = r.getLong(2);
                    row[k++] = r.getLong(3);
                    row[k++] = r.getLong(4);
                    Map<String, Double> v = values.get(r.getLong(2));
                    for (String p : params) {
                        Double x = v.get(p);
                        row[k] = x != null && cols.get(k).type() == ExportTable.Type.LONG ? (Object) Math.round(x) : x;
                        k++;
                    }
                    row[k++] = r.getString(5);
                    row[k++] = r.getLong(6);
                    Map<String, Double> sc = scalars.getOrDefault(job, Map.of());
                    for (String n : scalarNames) {
                        row[k++] = sc.get(n);
                    }
                    rows.add(row);
                }
            }
            return new ExportTable(cols, rows);
        });
    }

    /** Density profiles in long form: job, point, replica, bin, z_nm, contact, rho+ and rho- with errors (mol/L). */
    public static ExportTable profiles(CampaignStore store) throws SQLException {
        return store.read(c -> {
            List<ExportTable.Column> cols = List.of(
                    new ExportTable.Column("job", ExportTable.Type.LONG),
                    new ExportTable.Column("point", ExportTable.Type.LONG),
                    new ExportTable.Column("replica", ExportTable.Type.LONG),
                    new ExportTable.Column("bin", ExportTable.Type.LONG),
                    new ExportTable.Column("z_nm", ExportTable.Type.DOUBLE),
                    new ExportTable.Column("contact", ExportTable.Type.LONG),
                    new ExportTable.Column("rhoPlus_M", ExportTable.Type.DOUBLE),
                    new ExportTable.Column("rhoPlusErr_M", ExportTable.Type.DOUBLE),
                    new ExportTable.Column("rhoMinus_M", ExportTable.Type.DOUBLE),
                    new ExportTable.Column("rhoMinusErr_M", ExportTable.Type.DOUBLE));
            List<Object[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT b.job_id, j.point_id, j.replica, b.bin, b.z_nm, b.contact, b.rho_plus_m, b.rho_plus_err_m,"
                            + " b.rho_minus_m, b.rho_minus_err_m FROM profile_bin b JOIN job j ON j.id = b.job_id"
                            + " ORDER BY b.job_id, b.bin")) {
                while (r.next()) {
                    Object[] row = new Object[cols.size()];
                    for (int k = 0; k < 4; k++) {
                        row[k] = r.getLong(k + 1);
                    }
                    row[4] = real(r, 5);
                    row[5] = r.getLong(6);
                    for (int k = 6; k < 10; k++) {
                        row[k] = real(r, k + 1);
                    }
                    rows.add(row);
                }
            }
            return new ExportTable(cols, rows);
        });
    }

    /**
     * Profiles the surrogate answered, in long form: job, point, replica, version, bin, z_nm, contact, rho+ and
     * rho- with the ensemble's spread (mol/L). Empty when no job was answered by a surrogate.
     */
    public static ExportTable predictions(CampaignStore store) throws SQLException {
        return store.read(c -> {
            List<ExportTable.Column> cols = List.of(
                    new ExportTable.Column("job", ExportTable.Type.LONG),
                    new ExportTable.Column("point", ExportTable.Type.LONG),
                    new ExportTable.Column("replica", ExportTable.Type.LONG),
                    new ExportTable.Column("version", ExportTable.Type.LONG),
                    new ExportTable.Column("bin", ExportTable.Type.LONG),
                    new ExportTable.Column("z_nm", ExportTable.Type.DOUBLE),
                    new ExportTable.Column("contact", ExportTable.Type.LONG),
                    new ExportTable.Column("rhoPlus_M", ExportTable.Type.DOUBLE),
                    new ExportTable.Column("rhoPlusSd_M", ExportTable.Type.DOUBLE),
                    new ExportTable.Column("rhoMinus_M", ExportTable.Type.DOUBLE),
                    new ExportTable.Column("rhoMinusSd_M", ExportTable.Type.DOUBLE));
            List<Object[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT b.job_id, j.point_id, j.replica, p.version_id, b.bin, b.z_nm, b.contact, b.rho_plus_m,"
                            + " b.rho_plus_sd_m, b.rho_minus_m, b.rho_minus_sd_m FROM prediction_bin b"
                            + " JOIN prediction p ON p.job_id = b.job_id JOIN job j ON j.id = b.job_id ORDER BY b.job_id, b.bin")) {
                while (r.next()) {
                    rows.add(new Object[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getDouble(6),
                            r.getLong(7), r.getDouble(8), r.getDouble(9), r.getDouble(10), r.getDouble(11)});
                }
            }
            return new ExportTable(cols, rows);
        });
    }

    /** The predictions file beside {@code out}: sweep.csv gives sweep-predictions.csv. */
    public static Path predictionsFile(Path out) {
        Path profiles = profilesFile(out);
        return profiles.resolveSibling(profiles.getFileName().toString().replace("-profiles", "-predictions"));
    }

    /** The profiles file beside {@code out}: sweep.csv gives sweep-profiles.csv. */
    public static Path profilesFile(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name, ext = dot > 0 ? name.substring(dot) : "";
        return out.resolveSibling(stem + "-profiles" + ext);
    }

    /**
     * Writes {@code table} as CSV (RFC 4180, UTF-8, '.' decimals; doubles as Java prints them, which read back
     * to the same double). Written to a temporary file and renamed, so a full disk leaves no half file.
     */
    public static void writeCsv(ExportTable table, Path out) throws IOException {
        Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            List<ExportTable.Column> cols = table.columns();
            for (int k = 0; k < cols.size(); k++) {
                w.write((k > 0 ? "," : "") + quote(cols.get(k).name()));
            }
            w.write("\n");
            for (Object[] row : table.rows()) {
                for (int k = 0; k < row.length; k++) {
                    if (k > 0) {
                        w.write(',');
                    }
                    Object v = row[k];
                    if (v instanceof String s) {
                        w.write(quote(s));
                    } else if (v != null) {
                        w.write(v.toString());
                    }
                }
                w.write("\n");
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static Double real(ResultSet r, int k) throws SQLException {
        double v = r.getDouble(k);
        return r.wasNull() ? null : v;
    }

    private static Map<Long, Map<String, Double>> pointValues(java.sql.Connection c) throws SQLException {
        Map<Long, Map<String, Double>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT point_id, name, value FROM point_value")) {
            while (r.next()) {
                out.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getDouble(3));
            }
        }
        return out;
    }
}
