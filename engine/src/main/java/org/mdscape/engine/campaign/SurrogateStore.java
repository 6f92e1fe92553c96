package org.mdscape.engine.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The surrogate's part of a campaign file: trained versions with their metrics (the learning curve),
 * which jobs each trained and was judged on, the jobs a surrogate answered, and the job priorities active
 * learning sets. Everything goes through the campaign's own connection and transactions, so a runner and a
 * trainer in different processes see one consistent file.
 */
public final class SurrogateStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CampaignStore store;

    public SurrogateStore(CampaignStore store) {
        this.store = store;
    }

    /** A version to record (metrics NaN where there were no held-out points). */
    public record NewVersion(int trainingPoints, int testPoints, double accuracy, double accuracy1se, double rmseM,
                             double calibration, double trainSeconds, String configJson, String weightsFile) {
    }

    /** A stored version. */
    public record SurrogateVersion(long id, Instant createdAt, int trainingPoints, int testPoints, double accuracy,
                                   double accuracy1se, double rmseM, double calibration, double trainSeconds,
                                   String configJson, String weightsFile) {
    }

    /** A job not yet simulated (pending), with its point's values. */
    public record OpenJob(long jobId, long pointId, Map<String, Double> params, boolean forced, double priority) {
    }

    /** A surrogate's answer for a job, on the job's own bins (densities and spreads in mol/L). */
    public record Answer(long jobId, double[] zNm, boolean[] contact, double[] rhoPlus, double[] rhoPlusSd,
                         double[] rhoMinus, double[] rhoMinusSd) {
    }

    /** Stores a trained version and the jobs it used; returns its id (1, 2, ...). */
    public long addVersion(NewVersion v, List<Long> trainJobs, List<Long> testJobs) throws SQLException {
        return store.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO surrogate_version(created_at, training_points,"
                    + " test_points, accuracy, accuracy_1se, rmse_m, calibration, train_seconds, config_json, weights_file)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, Instant.now().toString());
                ps.setInt(2, v.trainingPoints());
                ps.setInt(3, v.testPoints());
                setReal(ps, 4, v.accuracy());
                setReal(ps, 5, v.accuracy1se());
                setReal(ps, 6, v.rmseM());
                setReal(ps, 7, v.calibration());
                ps.setDouble(8, v.trainSeconds());
                ps.setString(9, v.configJson());
                ps.setString(10, v.weightsFile());
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO surrogate_job(version_id, job_id, role) VALUES (?, ?, ?)")) {
                for (long j : trainJobs) {
                    ps.setLong(1, id);
                    ps.setLong(2, j);
                    ps.setString(3, "train");
                    ps.addBatch();
                }
                for (long j : testJobs) {
                    ps.setLong(1, id);
                    ps.setLong(2, j);
                    ps.setString(3, "test");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            CampaignStore.event(c, null, "surrogate", "version " + id + " trained on " + v.trainingPoints()
                    + " points; held-out accuracy " + (Double.isNaN(v.accuracy()) ? "n/a" : String.format(java.util.Locale.ROOT,
                    "%.3f", v.accuracy())) + " on " + v.testPoints());
            return id;
        });
    }

    private static void setReal(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(i, v);
        } else {
            ps.setNull(i, java.sql.Types.REAL);
        }
    }

    private static double real(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? Double.NaN : v;
    }

    /** Every version in training order: the learning curve. */
    public List<SurrogateVersion> versions() throws SQLException {
        return store.read(c -> {
            List<SurrogateVersion> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, created_at, training_points,"
                    + " test_points, accuracy, accuracy_1se, rmse_m, calibration, train_seconds, config_json, weights_file"
                    + " FROM surrogate_version ORDER BY id")) {
                while (r.next()) {
                    out.add(new SurrogateVersion(r.getLong(1), Instant.parse(r.getString(2)), r.getInt(3), r.getInt(4),
                            real(r, 5), real(r, 6), real(r, 7), real(r, 8), r.getDouble(9), r.getString(10), r.getString(11)));
                }
            }
            return out;
        });
    }

    public Optional<SurrogateVersion> latest() throws SQLException {
        List<SurrogateVersion> v = versions();
        return v.isEmpty() ? Optional.empty() : Optional.of(v.getLast());
    }

    /** The jobs a version trained on ({@code train}) or was judged on ({@code test}). */
    public List<Long> jobsOf(long versionId, String role) throws SQLException {
        return store.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT job_id FROM surrogate_job WHERE version_id = ? AND role = ? ORDER BY job_id")) {
                ps.setLong(1, versionId);
                ps.setString(2, role);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** Pending jobs with their points, in claim order. */
    public List<OpenJob> openJobs() throws SQLException {
        return store.read(c -> {
            List<OpenJob> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT j.id, j.point_id, p.params_json,"
                    + " j.forced, j.priority FROM job j JOIN point p ON p.id = j.point_id WHERE j.state = 'pending'"
                    + " ORDER BY j.priority DESC, j.id")) {
                while (r.next()) {
                    out.add(new OpenJob(r.getLong(1), r.getLong(2), params(r.getString(3)), r.getInt(4) == 1, r.getDouble(5)));
                }
            }
            return out;
        });
    }

    private static Map<String, Double> params(String json) throws SQLException {
        try {
            Map<String, Double> out = new LinkedHashMap<>();
            JSON.readTree(json).properties().forEach(e -> out.put(e.getKey(), e.getValue().doubleValue()));
            return out;
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable point values: " + json, e);
        }
    }

    /**
     * Sets the claim priority of pending jobs (higher first); jobs the scientist forced keep theirs above
     * every priority set here.
     */
    public void prioritise(Map<Long, Double> priorities) throws SQLException {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE job SET priority = ? WHERE id = ? AND state = 'pending' AND forced = 0")) {
                for (Map.Entry<Long, Double> e : priorities.entrySet()) {
                    ps.setDouble(1, e.getValue());
                    ps.setLong(2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Answers jobs with version {@code versionId}: each job still pending and not forced becomes
     * {@code predicted} with its profile; others are left alone. Returns how many were answered.
     */
    public int answer(long versionId, List<Answer> answers) throws SQLException {
        return store.write(c -> {
            String now = Instant.now().toString();
            int n = 0;
            try (PreparedStatement mark = c.prepareStatement("UPDATE job SET state = 'predicted', updated_at = ?"
                    + " WHERE id = ? AND state = 'pending' AND forced = 0");
                 PreparedStatement head = c.prepareStatement(
                         "INSERT INTO prediction(job_id, version_id, predicted_at) VALUES (?, ?, ?)");
                 PreparedStatement bin = c.prepareStatement("INSERT INTO prediction_bin(job_id, bin, z_nm, contact,"
                         + " rho_plus_m, rho_plus_sd_m, rho_minus_m, rho_minus_sd_m) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Answer a : answers) {
                    mark.setString(1, now);
                    mark.setLong(2, a.jobId());
                    if (mark.executeUpdate() == 0) {
                        continue;
                    }
                    head.setLong(1, a.jobId());
                    head.setLong(2, versionId);
                    head.setString(3, now);
                    head.executeUpdate();
                    for (int b = 0; b < a.zNm().length; b++) {
                        bin.setLong(1, a.jobId());
                        bin.setInt(2, b);
                        bin.setDouble(3, a.zNm()[b]);
                        bin.setInt(4, a.contact()[b] ? 1 : 0);
                        bin.setDouble(5, a.rhoPlus()[b]);
                        bin.setDouble(6, a.rhoPlusSd()[b]);
                        bin.setDouble(7, a.rhoMinus()[b]);
                        bin.setDouble(8, a.rhoMinusSd()[b]);
                        bin.addBatch();
                    }
                    bin.executeBatch();
                    n++;
                }
            }
            CampaignStore.event(c, null, "surrogate-answered", n + " job(s) answered by surrogate version " + versionId);
            return n;
        });
    }

    /**
     * Insists on simulating job {@code jobId}: a predicted job returns to pending (its prediction is
     * dropped), and the job is claimed before any other and never answered by a surrogate.
     *
     * @throws IllegalArgumentException if there is no such job, or it is already simulated or running
     */
    public void forceSimulation(long jobId) throws SQLException {
        store.write(c -> {
            String state;
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM job WHERE id = ?")) {
                ps.setLong(1, jobId);
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("job " + jobId + ": no such job in this campaign");
                    }
                    state = r.getString(1);
                }
            }
            if (!state.equals("pending") && !state.equals("predicted") && !state.equals("cancelled")) {
                throw new IllegalArgumentException("job " + jobId + " is " + state + "; only pending, predicted or cancelled"
                        + " jobs can be forced to simulate");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM prediction_bin WHERE job_id = ?")) {
                ps.setLong(1, jobId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM prediction WHERE job_id = ?")) {
                ps.setLong(1, jobId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE job SET state = 'pending', forced = 1,"
                    + " priority = 1e300, updated_at = ? WHERE id = ?")) {
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, jobId);
                ps.executeUpdate();
            }
            CampaignStore.event(c, jobId, "forced", "job " + jobId + " will be simulated (was " + state + ")");
            return null;
        });
    }

    /** Every stored answer (profiles on each job's bins), in job order. */
    public List<Answer> answers() throws SQLException {
        return store.read(c -> {
            Map<Long, List<double[]>> rows = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT job_id, z_nm, contact, rho_plus_m,"
                    + " rho_plus_sd_m, rho_minus_m, rho_minus_sd_m FROM prediction_bin ORDER BY job_id, bin")) {
                while (r.next()) {
                    rows.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new double[] {r.getDouble(2), r.getInt(3),
                            r.getDouble(4), r.getDouble(5), r.getDouble(6), r.getDouble(7)});
                }
            }
            List<Answer> out = new ArrayList<>();
            for (Map.Entry<Long, List<double[]>> e : rows.entrySet()) {
                int n = e.getValue().size();
                double[][] col = new double[6][n];
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < 6; k++) {
                        col[k][i] = e.getValue().get(i)[k];
                    }
                }
                boolean[] contact = new boolean[n];
                for (int i = 0; i < n; i++) {
                    contact[i] = col[1][i] != 0;
                }
                out.add(new Answer(e.getKey(), col[0], contact, col[2], col[3], col[4], col[5]));
            }
            return out;
        });
    }

    /** Number of jobs answered by a surrogate. */
    public int predictedCount() throws SQLException {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM prediction")) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}
