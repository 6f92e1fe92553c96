package org.mdscape.engine.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.mdscape.engine.run.ElectrolyteResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The campaign file NAME.mdscape: SQLite as an application file format (WAL, so a viewer reads while a
 * runner writes; busy timeout, so several processes take turns; foreign keys on). The schema is created
 * and upgraded by Flyway migrations under {@code db/}. Writes that belong together (claiming a job and
 * recording its attempt; a result, its attempt's outcome and the job's state) are one transaction, so a
 * process killed at any moment leaves either all of them or none. Bulky artifacts live beside the file in
 * NAME.mdscape-data/.
 *
 * <p>One store is one connection; its methods are synchronized, so worker threads share it.
 */
public final class CampaignStore implements AutoCloseable {
    public static final String EXTENSION = ".mdscape";
    /** A running attempt whose owner is on another host is presumed dead after this long without a heartbeat. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Connection db;
    private final CampaignSpec spec;
    private final String specJson;

    private CampaignStore(Path file, Connection db) throws SQLException {
        this.file = file;
        this.db = db;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT spec_json FROM campaign WHERE id = 1")) {
            if (!r.next()) {
                throw new SQLException(file.getFileName() + " has no campaign in it");
            }
            this.specJson = r.getString(1);
        }
        this.spec = CampaignSpecReader.read(specJson.getBytes(StandardCharsets.UTF_8));
    }

    /** NAME.mdscape-data/ beside NAME.mdscape. */
    public static Path dataDir(Path file) {
        return file.resolveSibling(file.getFileName() + "-data");
    }

    public Path file() {
        return file;
    }

    public CampaignSpec spec() {
        return spec;
    }

    /** The spec as the scientist gave it. */
    public String specJson() {
        return specJson;
    }

    /**
     * Creates the campaign file with its spec, points and jobs. The file is built under a temporary name
     * and renamed into place when complete, so NAME.mdscape either does not exist or is a whole campaign
     * (a full disk or a read-only folder leaves nothing behind).
     */
    public static CampaignStore create(Path file, CampaignSpec spec, String specJson) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " already exists");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + file.getFileName() + ".creating-" + ProcessHandle.current().pid());
        try {
            deleteDatabase(tmp);
            migrate(tmp);
            try (Connection c = connect(tmp)) {
                populate(c, spec, specJson);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            // Everything is in the main file now (the WAL was checkpointed and the last connection closed);
            // only then may it be renamed without its sidecars.
            Path wal = tmp.resolveSibling(tmp.getFileName() + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new IOException("the write-ahead log was not checkpointed");
            }
            deleteSidecars(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                deleteDatabase(tmp);
            } catch (IOException ignored) {
                // nothing more to do: the error below says what went wrong
            }
            throw new IOException("cannot create " + file + ": " + reason(e), e);
        }
        return open(file);
    }

    /** Opens an existing campaign file (upgrading its schema if an older MDScape wrote it). */
    public static CampaignStore open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no campaign file " + file);
        }
        try {
            migrate(file);
            return new CampaignStore(file, connect(file));
        } catch (SQLException | RuntimeException e) {
            throw new IOException("cannot open " + file + ": " + reason(e), e);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        return dataSource(file).getConnection();
    }

    private static SQLiteDataSource dataSource(Path file) {
        return dataSource(file, true);
    }

    private static SQLiteDataSource dataSource(Path file, boolean foreignKeys) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(30_000);
        config.enforceForeignKeys(foreignKeys);
        // Writers take the write lock when a transaction begins, so two processes never deadlock upgrading
        // read locks; the busy timeout makes the second one wait its turn.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    private static void migrate(Path file) {
        // Flyway logs its banner at INFO; a command line that prints it on every call is noise.
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        // Foreign keys off while migrating: rebuilding a referenced table (V2) is SQLite's documented
        // procedure only with enforcement off; every migration keeps the references valid itself.
        Flyway.configure().dataSource(dataSource(file, false)).locations("classpath:org/mdscape/engine/campaign/db")
                .load().migrate();
    }

    private static void populate(Connection c, CampaignSpec spec, String specJson) throws SQLException, IOException {
        c.setAutoCommit(false);
        String now = Instant.now().toString();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO campaign(id, name, model, spec_json, state, created_at) VALUES (1, ?, ?, ?, 'active', ?)")) {
            ps.setString(1, spec.name());
            ps.setString(2, spec.model().label());
            ps.setString(3, specJson);
            ps.setString(4, now);
            ps.executeUpdate();
        }
        List<Map<String, Double>> points = DesignPoints.generate(spec);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO point(id, params_json) VALUES (?, ?)");
             PreparedStatement v = c.prepareStatement("INSERT INTO point_value(point_id, name, value) VALUES (?, ?, ?)");
             PreparedStatement j = c.prepareStatement("INSERT INTO job(id, point_id, replica, seed, state, steps_total,"
                     + " updated_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)")) {
            for (int i = 0; i < points.size(); i++) {
                p.setLong(1, i);
                p.setString(2, JSON.writeValueAsString(points.get(i)));
                p.addBatch();
                for (Map.Entry<String, Double> e : points.get(i).entrySet()) {
                    v.setLong(1, i);
                    v.setString(2, e.getKey());
                    v.setDouble(3, e.getValue());
                    v.addBatch();
                }
                for (int r = 0; r < spec.replicas(); r++) {
                    long id = (long) i * spec.replicas() + r;
                    j.setLong(1, id);
                    j.setLong(2, i);
                    j.setInt(3, r);
                    j.setLong(4, spec.simulation().seed() + id);
                    j.setLong(5, spec.simulation().steps());
                    j.setString(6, now);
                    j.addBatch();
                }
            }
            p.executeBatch();
            v.executeBatch();
            j.executeBatch();
        }
        insertEvent(c, null, null, "created", points.size() + " points x " + spec.replicas() + " replica(s) = "
                + (long) points.size() * spec.replicas() + " jobs");
        c.commit();
        c.setAutoCommit(true);
    }

    // --- running jobs ---

    /**
     * Takes the next pending job for {@code me} and records a new attempt for it, in one transaction; running
     * jobs whose process died are first returned to pending. Empty when nothing is left to run or the
     * campaign is cancelled.
     */
    synchronized Optional<Claim> claimNext(ProcessIdentity me, int threads) throws SQLException {
        return inTransaction(() -> {
            reclaimOrphansInTx(me);
            if (cancelledInTx()) {
                return Optional.empty();
            }
            long jobId, pointId, seed;
            int replica;
            Integer jobThreads;
            Long jobCheckpointEvery;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, point_id, replica, seed, threads, checkpoint_every FROM job WHERE state = 'pending'"
                            + " ORDER BY priority DESC, id LIMIT 1")) {
                if (!r.next()) {
                    return Optional.empty();
                }
                jobId = r.getLong(1);
                pointId = r.getLong(2);
                replica = r.getInt(3);
                seed = r.getLong(4);
                jobThreads = r.getObject(5) == null ? null : r.getInt(5);
                jobCheckpointEvery = r.getObject(6) == null ? null : r.getLong(6);
            }
            int t = jobThreads != null ? jobThreads : threads;
            long k = jobCheckpointEvery != null ? jobCheckpointEvery : checkpointPeriod();
            String now = Instant.now().toString();
            long attemptId;
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO attempt(job_id, host, pid, process_start,"
                    + " executor, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, jobId);
                ps.setString(2, me.host());
                ps.setLong(3, me.pid());
                ps.setString(4, me.processStart());
                ps.setString(5, me.executor());
                ps.setString(6, now);
                ps.setString(7, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    attemptId = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "UPDATE job SET state = 'running', threads = ?, checkpoint_every = ?, updated_at = ? WHERE id = ?")) {
                ps.setInt(1, t);
                ps.setLong(2, k);
                ps.setString(3, now);
                ps.setLong(4, jobId);
                ps.executeUpdate();
            }
            insertEvent(db, jobId, attemptId, "attempt-started", "on " + me.host() + " (process " + me.pid() + ", "
                    + t + " thread(s), checkpoint every " + k + " steps)");
            return Optional.of(new Claim(jobId, pointId, replica, seed, t, k, attemptId, point(pointId)));
        });
    }

    /**
     * The checkpoint period in steps of a job starting now: the spec's, or with checkpointEveryMinutes the
     * steps that many minutes take at the median speed of the campaign's last finished jobs.
     */
    private long checkpointPeriod() throws SQLException {
        ExecutionSettings e = spec.execution();
        long steps = spec.simulation().steps();
        if (e.checkpointEveryMinutes() <= 0) {
            return e.checkpointEvery();
        }
        List<Double> speeds = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT value FROM result_scalar"
                + " WHERE name = 'stepsPerSecond' AND value > 0 ORDER BY job_id DESC LIMIT 21")) {
            while (r.next()) {
                speeds.add(r.getDouble(1));
            }
        }
        if (speeds.isEmpty()) {
            return e.checkpointEvery();
        }
        speeds.sort(null);
        double median = speeds.get(speeds.size() / 2);
        return Math.max(1, Math.min(steps, Math.round(e.checkpointEveryMinutes() * 60 * median)));
    }

    /** Marks attempts of dead processes as crashed and their jobs pending again; returns how many. */
    synchronized int reclaimOrphans(ProcessIdentity me) throws SQLException {
        return inTransaction(() -> reclaimOrphansInTx(me));
    }

    private int reclaimOrphansInTx(ProcessIdentity me) throws SQLException {
        record Orphan(long attempt, long job, String host, long pid, String heartbeat) {
        }
        List<Orphan> orphans = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT a.id, a.job_id, a.host, a.pid, a.process_start, a.heartbeat_at, a.executor FROM attempt a"
                        + " WHERE a.outcome IS NULL")) {
            Instant stale = Instant.now().minus(LEASE);
            while (r.next()) {
                ProcessIdentity owner = new ProcessIdentity(r.getString(3), r.getLong(4), r.getString(5), r.getString(7));
                Instant heartbeat = Instant.parse(r.getString(6));
                if (owner.deadOnThisHost(me) || heartbeat.isBefore(stale)) {
                    orphans.add(new Orphan(r.getLong(1), r.getLong(2), owner.host(), owner.pid(), r.getString(6)));
                }
            }
        }
        for (Orphan o : orphans) {
            String message = "process " + o.pid() + " on " + o.host() + " stopped without finishing (last heartbeat "
                    + o.heartbeat() + ")";
            try (PreparedStatement ps = db.prepareStatement(
                    "UPDATE attempt SET outcome = 'crashed', ended_at = heartbeat_at, message = ? WHERE id = ?")) {
                ps.setString(1, message);
                ps.setLong(2, o.attempt());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "UPDATE job SET state = CASE WHEN state = 'running' THEN 'pending' ELSE state END, updated_at = ?"
                            + " WHERE id = ?")) {
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, o.job());
                ps.executeUpdate();
            }
            insertEvent(db, o.job(), o.attempt(), "attempt-crashed", message + "; the job will resume from its last checkpoint");
        }
        return orphans.size();
    }

    /** Records progress of a running attempt (and that its process is alive). */
    synchronized void heartbeat(Claim c, long startStep, long step) throws SQLException {
        inTransaction(() -> {
            String now = Instant.now().toString();
            try (PreparedStatement ps = db.prepareStatement(
                    "UPDATE attempt SET heartbeat_at = ?, start_step = ?, steps_done = ? WHERE id = ? AND outcome IS NULL")) {
                ps.setString(1, now);
                ps.setLong(2, startStep);
                ps.setLong(3, step);
                ps.setLong(4, c.attemptId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement("UPDATE job SET steps_done = ?, updated_at = ? WHERE id = ?")) {
                ps.setLong(1, step);
                ps.setString(2, now);
                ps.setLong(3, c.jobId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Stores a finished job's result, its attempt's outcome and the job's state, all or nothing. */
    synchronized void finish(Claim c, JobResult result) throws SQLException {
        inTransaction(() -> {
            String now = Instant.now().toString();
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO result(job_id, attempt_id, finished_at, result_json) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, c.jobId());
                ps.setLong(2, c.attemptId());
                ps.setString(3, now);
                ps.setString(4, result.json());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO result_scalar(job_id, name, value) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Double> e : result.scalars().entrySet()) {
                    ps.setLong(1, c.jobId());
                    ps.setString(2, e.getKey());
                    setReal(ps, 3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            ElectrolyteResult.Profile p = result.profile();
            if (p != null) {
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO profile_bin(job_id, bin, z_nm, contact,"
                        + " rho_plus_m, rho_plus_err_m, rho_minus_m, rho_minus_err_m) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int b = 0; b < p.zNm().length; b++) {
                        ps.setLong(1, c.jobId());
                        ps.setInt(2, b);
                        ps.setDouble(3, p.zNm()[b]);
                        ps.setInt(4, p.contact()[b] ? 1 : 0);
                        ps.setDouble(5, p.rhoPlus()[b]);
                        setReal(ps, 6, p.rhoPlusErr()[b]);
                        ps.setDouble(7, p.rhoMinus()[b]);
                        setReal(ps, 8, p.rhoMinusErr()[b]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            endAttempt(c, "succeeded", null, spec.simulation().steps(), now);
            setJobState(c.jobId(), JobState.DONE, spec.simulation().steps(), now);
            insertEvent(db, c.jobId(), c.attemptId(), "job-done", "result stored");
            return null;
        });
    }

    /** Ends an attempt that failed (or was cancelled) without a result. */
    synchronized void endWithoutResult(Claim c, JobState jobState, String outcome, String message, long step)
            throws SQLException {
        inTransaction(() -> {
            String now = Instant.now().toString();
            endAttempt(c, outcome, message, step, now);
            setJobState(c.jobId(), jobState, step, now);
            insertEvent(db, c.jobId(), c.attemptId(), "attempt-" + outcome, message);
            return null;
        });
    }

    synchronized void event(Long jobId, Long attemptId, String kind, String message) throws SQLException {
        inTransaction(() -> {
            insertEvent(db, jobId, attemptId, kind, message);
            return null;
        });
    }

    private void endAttempt(Claim c, String outcome, String message, long step, String now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE attempt SET outcome = ?, message = ?, ended_at = ?,"
                + " heartbeat_at = ?, steps_done = ? WHERE id = ?")) {
            ps.setString(1, outcome);
            ps.setString(2, message);
            ps.setString(3, now);
            ps.setString(4, now);
            ps.setLong(5, step);
            ps.setLong(6, c.attemptId());
            ps.executeUpdate();
        }
    }

    private void setJobState(long jobId, JobState state, long step, String now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE job SET state = ?, steps_done = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, state.label());
            ps.setLong(2, step);
            ps.setString(3, now);
            ps.setLong(4, jobId);
            ps.executeUpdate();
        }
    }

    // --- campaign state ---

    public synchronized boolean cancelled() throws SQLException {
        return cancelledInTx();
    }

    private boolean cancelledInTx() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT state FROM campaign WHERE id = 1")) {
            r.next();
            return "cancelled".equals(r.getString(1));
        }
    }

    /** Stops the campaign: pending jobs are cancelled; runners stop theirs at the next heartbeat. */
    public synchronized void cancel() throws SQLException {
        inTransaction(() -> {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE campaign SET state = 'cancelled' WHERE id = 1");
                int n = s.executeUpdate("UPDATE job SET state = 'cancelled' WHERE state = 'pending'");
                insertEvent(db, null, null, "cancelled", n + " pending job(s) cancelled; running ones stop at their next heartbeat");
            }
            return null;
        });
    }

    /** Makes a cancelled campaign runnable again (and, with {@code retryFailed}, its failed jobs). */
    public synchronized int reactivate(boolean retryFailed) throws SQLException {
        return inTransaction(() -> {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE campaign SET state = 'active' WHERE id = 1");
                int n = s.executeUpdate("UPDATE job SET state = 'pending' WHERE state = 'cancelled'"
                        + (retryFailed ? " OR state = 'failed'" : ""));
                insertEvent(db, null, null, "resumed", n + " job(s) pending again");
                return n;
            }
        });
    }

    public synchronized CampaignStatus status() throws SQLException {
        return readOnly(() -> {
            Map<JobState, Integer> counts = new EnumMap<>(JobState.class);
            for (JobState s : JobState.values()) {
                counts.put(s, 0);
            }
            long done = 0, total = 0;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT state, count(*), sum(steps_done), sum(steps_total) FROM job GROUP BY state")) {
                while (r.next()) {
                    JobState state = JobState.valueOf(r.getString(1).toUpperCase(java.util.Locale.ROOT));
                    counts.put(state, r.getInt(2));
                    if (state != JobState.PREDICTED) { // answered by the surrogate: no steps left to run
                        done += r.getLong(3);
                        total += r.getLong(4);
                    }
                }
            }
            long attempts;
            String first = null, last = null;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*), min(started_at) FROM attempt")) {
                r.next();
                attempts = r.getLong(1);
                first = r.getString(2);
            }
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT max(finished_at) FROM result")) {
                r.next();
                last = r.getString(1);
            }
            double perHour = Double.NaN, eta = Double.NaN;
            int finished = counts.get(JobState.DONE);
            if (first != null && last != null && finished > 0) {
                double seconds = Duration.between(Instant.parse(first), Instant.parse(last)).toMillis() / 1e3;
                if (seconds > 0) {
                    perHour = finished / seconds * 3600;
                    double stepsPerSecond = (double) finished * spec.simulation().steps() / seconds;
                    eta = (total - done) / stepsPerSecond;
                }
            }
            return new CampaignStatus(spec.name(), spec.model().label(), cancelledInTx(), counts, done, total, attempts,
                    perHour, eta);
        });
    }

    /**
     * Every finished electrolyte job's density profile, in job order, read in one snapshot (what surrogates
     * train on). Empty for other models.
     */
    public synchronized List<ProfileResult> profileResults() throws SQLException {
        if (spec.model() != ModelKind.ELECTROLYTE) {
            return List.of();
        }
        return readOnly(() -> {
            List<ProfileResult> out = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT r.job_id, j.point_id, r.result_json FROM result r JOIN job j ON j.id = r.job_id ORDER BY r.job_id")) {
                while (r.next()) {
                    long jobId = r.getLong(1), pointId = r.getLong(2);
                    ElectrolyteResult e;
                    try {
                        e = JSON.readValue(r.getString(3), ElectrolyteResult.class);
                    } catch (JsonProcessingException ex) {
                        throw new SQLException("job " + jobId + " has an unreadable result", ex);
                    }
                    var sys = e.run().system();
                    var p = e.profile();
                    out.add(new ProfileResult(jobId, pointId, point(pointId), sys.hNm(), sys.dPlusNm(), sys.dMinusNm(),
                            sys.concentrationM(), e.box().unitNm(), e.run().binWidth(), p.zNm(), p.contact(), p.rhoPlus(),
                            p.rhoPlusErr(), p.rhoMinus(), p.rhoMinusErr()));
                }
            }
            return out;
        });
    }

    Map<String, Double> point(long pointId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT params_json FROM point WHERE id = ?")) {
            ps.setLong(1, pointId);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                Map<String, Double> out = new LinkedHashMap<>();
                JSON.readTree(r.getString(1)).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().doubleValue()));
                return out;
            } catch (JsonProcessingException e) {
                throw new SQLException("point " + pointId + " has unreadable values", e);
            }
        }
    }

    /** Runs {@code body} on this store's connection for readers in this package (export). */
    synchronized <T> T read(SqlBody<T> body) throws SQLException {
        return readOnly(() -> body.run(db));
    }

    /** Runs {@code body} in one write transaction on this store's connection (surrogate bookkeeping). */
    synchronized <T> T write(SqlBody<T> body) throws SQLException {
        return inTransaction(() -> body.run(db));
    }

    /** Records an event inside a {@link #write} body. */
    static void event(Connection c, Long jobId, String kind, String message) throws SQLException {
        insertEvent(c, jobId, null, kind, message);
    }

    interface SqlBody<T> {
        T run(Connection c) throws SQLException;
    }

    private interface Tx<T> {
        T run() throws SQLException;
    }

    /**
     * Reads in one deferred transaction (a consistent snapshot under WAL, without taking the write lock,
     * which {@link #inTransaction} takes at once).
     */
    private <T> T readOnly(Tx<T> body) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN DEFERRED");
        }
        try {
            return body.run();
        } finally {
            try (Statement s = db.createStatement()) {
                s.execute("COMMIT");
            }
        }
    }

    /**
     * One write transaction, begun IMMEDIATE: the write lock is taken at the start, so two processes never
     * both read and then both try to write (which SQLite can only answer with SQLITE_BUSY); the busy timeout
     * makes the later one wait its turn.
     */
    private <T> T inTransaction(Tx<T> body) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        try {
            T t = body.run();
            try (Statement s = db.createStatement()) {
                s.execute("COMMIT");
            }
            return t;
        } catch (SQLException | RuntimeException e) {
            try (Statement s = db.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException r) {
                // SQLite has already rolled back (after SQLITE_FULL, for one); the first error says why.
                e.addSuppressed(r);
            }
            throw e;
        }
    }

    private static void insertEvent(Connection c, Long jobId, Long attemptId, String kind, String message)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event(at, job_id, attempt_id, kind, message) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, Instant.now().toString());
            ps.setObject(2, jobId);
            ps.setObject(3, attemptId);
            ps.setString(4, kind);
            ps.setString(5, message == null ? "" : message);
            ps.executeUpdate();
        }
    }

    private static void setReal(PreparedStatement ps, int index, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(index, v);
        } else {
            ps.setNull(index, java.sql.Types.REAL);
        }
    }

    private static void deleteDatabase(Path f) throws IOException {
        Files.deleteIfExists(f);
        deleteSidecars(f);
    }

    private static void deleteSidecars(Path f) throws IOException {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(f.resolveSibling(f.getFileName() + suffix));
        }
    }

    /** The innermost message, which names the real cause (disk full, read-only folder, locked file). */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        m = m.lines().findFirst().orElse(m);
        // SQLite's codes mean little to a scientist; say what to do about them.
        if (m.contains("SQLITE_FULL") || m.contains("SQLITE_IOERR_SHMSIZE") || m.contains("No space left")) {
            return "the disk is full (" + m + ")";
        }
        if (m.contains("SQLITE_READONLY") || m.contains("Read-only file system")) {
            return "the file or its folder is read-only; SQLite also writes NAME.mdscape-wal and -shm beside it (" + m + ")";
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return "cannot open the file: is its folder there and writable? (" + m + ")";
        }
        return m;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException("cannot close " + file + ": " + reason(e), e);
        }
    }
}
