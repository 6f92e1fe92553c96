package org.mdscape.cloud.preemption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a history of VM lifetimes. Three layouts are accepted:
 * <ul>
 *   <li>the published SciSpot data set ({@code goog-preemption-data/data.json}): an object keyed by VM name,
 *       each with {@code time_in_sec}, {@code instance_data} and either a {@code compute.instances.preempted}
 *       operation (preempted) or a {@code stop} (censored); a record with both counts as preempted;</li>
 *   <li>a JSON array of {@code {"lifetimeHours": 3.2, "preempted": true, "machineType": "...", "zone": "..."}};</li>
 *   <li>CSV with a header {@code lifetime_hours,preempted[,machine_type[,zone]]}, one VM a line.</li>
 * </ul>
 * Anything else is a {@link MalformedHistoryException} with a one-line reason.
 */
public final class HistoryFile {
    private HistoryFile() {
    }

    public static PreemptionHistory read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MalformedHistoryException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new MalformedHistoryException(file + " is empty: it needs at least one VM lifetime");
        }
        List<PreemptionRecord> records = trimmed.startsWith("{") || trimmed.startsWith("[")
                ? fromJson(trimmed, file) : fromCsv(trimmed, file);
        if (records.isEmpty()) {
            throw new MalformedHistoryException(file + " holds no VM lifetimes");
        }
        return new PreemptionHistory(records, file.getFileName().toString());
    }

    private static List<PreemptionRecord> fromJson(String text, Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new MalformedHistoryException(file + " is not valid JSON"
                    + (where != null ? " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")" : ""));
        }
        List<PreemptionRecord> records = new ArrayList<>();
        if (root.isObject()) {
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                records.add(fromSciSpotRecord(e.getKey(), e.getValue(), file));
            }
        } else {
            int i = 0;
            for (JsonNode n : root) {
                records.add(fromPlainRecord(i++, n, file));
            }
        }
        return records;
    }

    private static PreemptionRecord fromSciSpotRecord(String name, JsonNode n, Path file) {
        JsonNode seconds = n.get("time_in_sec");
        if (seconds == null || !seconds.isNumber()) {
            throw new MalformedHistoryException(file + ": VM '" + name + "' has no numeric time_in_sec");
        }
        boolean preempted = n.has("compute.instances.preempted");
        if (!preempted && !n.has("stop")) {
            throw new MalformedHistoryException(file + ": VM '" + name
                    + "' has neither a compute.instances.preempted operation nor a stop");
        }
        JsonNode data = n.path("instance_data");
        return checked(file, "VM '" + name + "'", seconds.asDouble() / 3600.0, preempted,
                data.path("MACHINE_TYPE").asText(""), data.path("ZONE").asText(""));
    }

    private static PreemptionRecord fromPlainRecord(int index, JsonNode n, Path file) {
        JsonNode hours = n.get("lifetimeHours");
        JsonNode preempted = n.get("preempted");
        if (hours == null || !hours.isNumber() || preempted == null || !preempted.isBoolean()) {
            throw new MalformedHistoryException(file + ": entry " + index
                    + " needs a numeric lifetimeHours and a boolean preempted");
        }
        return checked(file, "entry " + index, hours.asDouble(), preempted.asBoolean(),
                n.path("machineType").asText(""), n.path("zone").asText(""));
    }

    private static List<PreemptionRecord> fromCsv(String text, Path file) {
        String[] lines = text.split("\\R");
        String[] header = lines[0].toLowerCase(Locale.ROOT).split(",");
        if (header.length < 2 || !header[0].strip().equals("lifetime_hours") || !header[1].strip().equals("preempted")) {
            throw new MalformedHistoryException(file + ": not a preemption history (expected JSON, or CSV with the header "
                    + "lifetime_hours,preempted[,machine_type,zone])");
        }
        List<PreemptionRecord> records = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            double hours;
            try {
                hours = Double.parseDouble(f[0].strip());
            } catch (NumberFormatException e) {
                throw new MalformedHistoryException(file + ": line " + (i + 1) + ": '" + f[0] + "' is not a number of hours");
            }
            String p = f.length > 1 ? f[1].strip().toLowerCase(Locale.ROOT) : "";
            boolean preempted = switch (p) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> throw new MalformedHistoryException(file + ": line " + (i + 1)
                        + ": preempted must be true or false (got '" + p + "')");
            };
            records.add(checked(file, "line " + (i + 1), hours, preempted, f.length > 2 ? f[2].strip() : "",
                    f.length > 3 ? f[3].strip() : ""));
        }
        return records;
    }

    private static PreemptionRecord checked(Path file, String where, double hours, boolean preempted, String type, String zone) {
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            throw new MalformedHistoryException(file + ": " + where + ": lifetime must be >= 0 hours (got " + hours + ")");
        }
        return new PreemptionRecord(hours, preempted, type, zone);
    }
}
