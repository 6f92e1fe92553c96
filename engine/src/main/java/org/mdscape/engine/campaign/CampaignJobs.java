package org.mdscape.engine.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Read-only view of a campaign's jobs for tables that refresh while it runs (the workbench's Runs screen). */
public final class CampaignJobs {
    private CampaignJobs() {
    }

    /** Every job in id order, read in one snapshot of the file. */
    public static List<JobOverview> list(CampaignStore store) throws SQLException {
        List<String> params = List.copyOf(store.spec().parameters().keySet());
        return store.read(c -> {
            Map<Long, Map<String, Double>> values = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT point_id, name, value FROM point_value")) {
                while (r.next()) {
                    values.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getDouble(3));
                }
            }
            Map<Long, double[]> runtime = new HashMap<>();
            Map<Long, String> lastMessage = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT job_id, started_at, coalesce(ended_at, heartbeat_at), message FROM attempt ORDER BY id")) {
                while (r.next()) {
                    double seconds = Duration.between(Instant.parse(r.getString(2)), Instant.parse(r.getString(3))).toMillis() / 1e3;
                    double[] acc = runtime.computeIfAbsent(r.getLong(1), k -> new double[2]);
                    acc[0] += Math.max(0, seconds);
                    acc[1]++;
                    lastMessage.put(r.getLong(1), r.getString(4) == null ? "" : r.getString(4));
                }
            }
            List<JobOverview> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, point_id, replica, state, steps_done, steps_total FROM job ORDER BY id")) {
                while (r.next()) {
                    long job = r.getLong(1), pointId = r.getLong(2);
                    Map<String, Double> v = values.getOrDefault(pointId, Map.of());
                    Map<String, Double> point = new LinkedHashMap<>();
                    for (String p : params) {
                        point.put(p, v.get(p));
                    }
                    double[] acc = runtime.getOrDefault(job, new double[2]);
                    out.add(new JobOverview(job, pointId, r.getInt(3),
                            java.util.Collections.unmodifiableMap(point),
                            JobState.valueOf(r.getString(4).toUpperCase(Locale.ROOT)), r.getLong(5), r.getLong(6),
                            (int) acc[1], acc[0], lastMessage.getOrDefault(job, "")));
                }
            }
            return out;
        });
    }
}
