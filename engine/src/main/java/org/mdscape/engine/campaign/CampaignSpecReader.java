package org.mdscape.engine.campaign;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.model.SpecProblem;

/**
 * Reads a campaign spec and reports every problem at once, each under its JSON path
 * ({@code parameters.c.range[0]}). The tree is walked by hand rather than bound by Jackson, because binding
 * stops at the first problem. Values are checked by the model's own validation: every fixed value and
 * every range end or listed value alone against the defaults, then every sampled point as it will run.
 */
public final class CampaignSpecReader {
    static final int MAX_LEVELS = 10_000;
    static final int MAX_REPLICAS = 1_000;
    static final int MAX_WORKERS = 256;
    static final int MAX_THREADS = 1_024;
    static final double MAX_CHECKPOINT_MINUTES = 1_440;
    /** Failing points listed by name before the rest are only counted. */
    static final int LISTED_POINTS = 5;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final List<String> TOP = List.of("name", "description", "model", "fixed", "parameters", "sampling",
            "replicas", "simulation", "execution");

    private final List<SpecProblem> problems = new ArrayList<>();

    private CampaignSpecReader() {
    }

    public static CampaignSpec read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    /** Parses and validates; throws {@link InvalidSpecException} listing every problem (fields are JSON paths). */
    public static CampaignSpec read(byte[] bytes) {
        return new CampaignSpecReader().parse(bytes);
    }

    private CampaignSpec parse(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.charset.CoderResult utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
        if (utf8.isError()) {
            throw new InvalidSpecException(List.of(new SpecProblem("$", String.format(Locale.ROOT,
                    "the spec is not UTF-8 text (byte 0x%02X at offset %d); save it as UTF-8 JSON",
                    bytes[in.position()] & 0xFF, in.position()))));
        }
        ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidSpecException(List.of(new SpecProblem(parserPath(e), "not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + location(e))));
        } catch (IOException e) {
            throw new InvalidSpecException(List.of(new SpecProblem("$", "cannot read the spec: " + e.getMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidSpecException(List.of(new SpecProblem("$", "the spec is empty; expected a JSON object")));
        }
        if (!root.isObject()) {
            throw new InvalidSpecException(List.of(new SpecProblem("$", "expected a JSON object, got " + kind(root))));
        }
        CampaignSpec spec = readSpec(root);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        checkPoints(spec);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return spec;
    }

    private CampaignSpec readSpec(JsonNode root) {
        unknownKeys(root, "", TOP);
        String name = text(root, "name", true, null);
        if (name != null && !NAME.matcher(name).matches()) {
            add("name", "must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit"
                    + " (it names the file NAME.mdscape); got '" + name + "'");
            name = null;
        }
        if (root.has("description") && !root.get("description").isTextual()) {
            add("description", "must be a string, got " + kind(root.get("description")));
        }
        String modelName = text(root, "model", true, null);
        ModelKind model = null;
        if (modelName != null) {
            for (ModelKind k : ModelKind.values()) {
                if (k.label().equals(modelName)) {
                    model = k;
                }
            }
            if (model == null) {
                add("model", "must be one of electrolyte, lj (got '" + modelName + "')");
            }
        }
        if (model == null) {
            // Without a model nothing below can be checked against it; report the structure we know.
            return null;
        }
        Map<String, Object> fixed = readFixed(root.get("fixed"), model);
        Map<String, Parameter> parameters = readParameters(root.get("parameters"), model, fixed);
        Sampling sampling = readSampling(root.get("sampling"), parameters);
        int replicas = (int) integer(root, "", "replicas", false, 1, 1, MAX_REPLICAS);
        SimulationSettings simulation = readSimulation(root.get("simulation"), model);
        ExecutionSettings execution = readExecution(root.get("execution"));
        if (fixed == null || parameters == null || sampling == null || simulation == null || execution == null
                || name == null || !problems.isEmpty()) {
            return null;
        }
        CampaignSpec spec = new CampaignSpec(name, model, fixed, parameters, sampling, replicas, simulation, execution);
        checkValues(spec);
        return spec;
    }

    private Map<String, Object> readFixed(JsonNode node, ModelKind model) {
        Map<String, Object> fixed = new LinkedHashMap<>();
        if (node == null) {
            return fixed;
        }
        if (!node.isObject()) {
            add("fixed", "must be an object of model settings, got " + kind(node));
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "fixed." + e.getKey();
            ModelVariable v = model.variable(e.getKey());
            if (v == null) {
                add(path, "unknown " + model.label() + " setting; allowed: " + names(model));
                continue;
            }
            JsonNode value = e.getValue();
            switch (v.kind()) {
                case NUMBER, INTEGER -> {
                    Double d = number(value, path, v.kind() == ModelVariable.Kind.INTEGER);
                    if (d != null) {
                        fixed.put(v.name(), d);
                    }
                }
                case TEXT -> {
                    if (!value.isTextual()) {
                        add(path, "must be a string, got " + kind(value));
                    } else if (!model.allowedText(v.name()).contains(value.asText())) {
                        add(path, "must be one of " + String.join(", ", model.allowedText(v.name())) + " (got '"
                                + value.asText() + "')");
                    } else {
                        fixed.put(v.name(), value.asText());
                    }
                }
                case FLAG -> {
                    if (!value.isBoolean()) {
                        add(path, "must be true or false, got " + kind(value));
                    } else {
                        fixed.put(v.name(), value.asBoolean());
                    }
                }
            }
        }
        return fixed;
    }

    private Map<String, Parameter> readParameters(JsonNode node, ModelKind model, Map<String, Object> fixed) {
        if (node == null) {
            add("parameters", "missing; give at least one swept setting, e.g. \"c\": {\"range\": [0.3, 0.9], \"count\": 13}");
            return null;
        }
        if (!node.isObject()) {
            add("parameters", "must be an object of swept settings, got " + kind(node));
            return null;
        }
        if (node.isEmpty()) {
            add("parameters", "is empty; give at least one swept setting");
            return null;
        }
        Map<String, Parameter> out = new LinkedHashMap<>();
        boolean ok = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "parameters." + e.getKey();
            ModelVariable v = model.variable(e.getKey());
            if (v == null) {
                add(path, "unknown " + model.label() + " setting; allowed: " + names(model));
                ok = false;
                continue;
            }
            if (!v.sweepable()) {
                add(path, "cannot be swept (it is not a number); give it under fixed");
                ok = false;
                continue;
            }
            if (fixed != null && fixed.containsKey(v.name())) {
                add(path, "is also given under fixed; give it in one place");
                ok = false;
            }
            Parameter p = readParameter(e.getValue(), path, v.kind() == ModelVariable.Kind.INTEGER);
            if (p == null) {
                ok = false;
            } else {
                out.put(v.name(), p);
            }
        }
        Set<String> keys = new HashSet<>(out.keySet());
        if (fixed != null) {
            keys.addAll(fixed.keySet());
        }
        if (model == ModelKind.ELECTROLYTE && keys.contains("d") && (keys.contains("dp") || keys.contains("dn"))) {
            add(node.has("d") ? "parameters.d" : "fixed.d", "d sets both diameters; give either d or dp and dn");
            ok = false;
        }
        return ok ? out : null;
    }

    private Parameter readParameter(JsonNode node, String path, boolean integer) {
        if (!node.isObject()) {
            add(path, "must be an object: {\"values\": [...]}, {\"range\": [min, max], \"count\": n} or"
                    + " {\"range\": [min, max]}; got " + kind(node));
            return null;
        }
        int before = problems.size();
        unknownKeys(node, path + ".", List.of("values", "range", "count"));
        if (node.has("values")) {
            if (node.has("range") || node.has("count")) {
                add(path, "give either values or range (with or without count), not both");
                return null;
            }
            JsonNode values = node.get("values");
            if (!values.isArray()) {
                add(path + ".values", "must be an array of numbers, got " + kind(values));
                return null;
            }
            if (values.isEmpty()) {
                add(path + ".values", "is empty; give at least one value");
                return null;
            }
            if (values.size() > MAX_LEVELS) {
                add(path + ".values", "has " + values.size() + " values; at most " + MAX_LEVELS);
                return null;
            }
            List<Double> list = new ArrayList<>();
            Set<Double> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                Double d = number(values.get(i), path + ".values[" + i + "]", integer);
                if (d != null && !seen.add(d)) {
                    add(path + ".values[" + i + "]", "repeats " + fmt(d) + "; each value once (use replicas for repeats)");
                }
                list.add(d);
            }
            return problems.size() == before ? Parameter.ofValues(list) : null;
        }
        if (!node.has("range")) {
            add(path, "needs values or range");
            return null;
        }
        JsonNode range = node.get("range");
        if (!range.isArray() || range.size() != 2) {
            add(path + ".range", "must be [min, max], got " + (range.isArray() ? "an array of " + range.size() : kind(range)));
            return null;
        }
        Double min = number(range.get(0), path + ".range[0]", integer);
        Double max = number(range.get(1), path + ".range[1]", integer);
        int count = 0;
        if (node.has("count")) {
            JsonNode c = node.get("count");
            if (!c.isIntegralNumber() || !c.canConvertToInt() || c.asInt() < 2 || c.asInt() > MAX_LEVELS) {
                add(path + ".count", "must be an integer in [2, " + MAX_LEVELS + "] (got " + c + ")");
                return null;
            }
            count = c.asInt();
        }
        if (min == null || max == null) {
            return null;
        }
        if (!(min < max)) {
            add(path + ".range", "is empty: min " + fmt(min) + (min.equals(max) ? " equals" : " exceeds") + " max "
                    + fmt(max) + (min.equals(max) ? "; for one value write \"values\": [" + fmt(min) + "]" : ""));
            return null;
        }
        Parameter p = new Parameter(null, min, max, count);
        if (integer && count > 0) {
            for (double level : p.levels()) {
                if (level != Math.rint(level)) {
                    add(path + ".count", count + " evenly spaced levels of an integer setting over [" + fmt(min) + ", "
                            + fmt(max) + "] are not all integers; use values");
                    return null;
                }
            }
        }
        return problems.size() == before ? p : null;
    }

    private Sampling readSampling(JsonNode node, Map<String, Parameter> parameters) {
        if (node == null) {
            add("sampling", "missing; e.g. {\"method\": \"grid\"} or {\"method\": \"sobol\", \"points\": 256}");
            return null;
        }
        if (!node.isObject()) {
            add("sampling", "must be an object, got " + kind(node));
            return null;
        }
        unknownKeys(node, "sampling.", List.of("method", "points", "seed"));
        String m = text(node, "method", true, "sampling.");
        if (m == null) {
            return null;
        }
        SamplingMethod method = null;
        for (SamplingMethod s : SamplingMethod.values()) {
            if (s.label().equals(m)) {
                method = s;
            }
        }
        if (method == null) {
            add("sampling.method", "must be one of grid, random, lhs, sobol (got '" + m + "')");
            return null;
        }
        long seed = integer(node, "sampling.", "seed", false, 1, Long.MIN_VALUE, Long.MAX_VALUE);
        if (method == SamplingMethod.GRID) {
            if (node.has("points")) {
                add("sampling.points", "is not used by grid sampling (the grid's size follows from the levels); remove it");
            }
            if (parameters != null) {
                parameters.forEach((k, p) -> {
                    if (p.continuous()) {
                        add("parameters." + k, "grid sampling needs values or a range with count");
                    }
                });
            }
            return new Sampling(method, 0, seed);
        }
        if (!node.has("points")) {
            add("sampling.points", "missing; " + method.label() + " sampling needs a number of points");
            return null;
        }
        long points = integer(node, "sampling.", "points", true, 0, 1, CampaignSpec.MAX_JOBS);
        return new Sampling(method, (int) points, seed);
    }

    private SimulationSettings readSimulation(JsonNode node, ModelKind model) {
        if (node == null) {
            add("simulation", "missing; give at least {\"steps\": N}");
            return null;
        }
        if (!node.isObject()) {
            add("simulation", "must be an object, got " + kind(node));
            return null;
        }
        List<String> keys = new ArrayList<>(List.of("steps", "dt", "equilibrationFraction", "sampleEvery",
                "trajectoryEvery", "seed"));
        if (model == ModelKind.ELECTROLYTE) {
            keys.addAll(List.of("binWidth", "accuracy"));
        }
        unknownKeys(node, "simulation.", keys);
        int before = problems.size();
        String p = "simulation.";
        long steps = integer(node, p, "steps", true, 0, 1, Long.MAX_VALUE);
        double dt = real(node, p + "dt", model.defaultDt());
        double eq = real(node, p + "equilibrationFraction", 0.2);
        long sampleEvery = integer(node, p, "sampleEvery", false, 100, 1, Long.MAX_VALUE);
        double binWidth = real(node, p + "binWidth", 0.05);
        double accuracy = real(node, p + "accuracy", 1e-4);
        long trajectoryEvery = integer(node, p, "trajectoryEvery", false, 0, 0, Long.MAX_VALUE);
        long seed = integer(node, p, "seed", false, 1, Long.MIN_VALUE, Long.MAX_VALUE);
        return problems.size() == before
                ? new SimulationSettings(steps, dt, eq, sampleEvery, binWidth, accuracy, trajectoryEvery, seed) : null;
    }

    private ExecutionSettings readExecution(JsonNode node) {
        if (node == null) {
            return new ExecutionSettings("local", "cpu", 1, 1, 10_000, 0);
        }
        if (!node.isObject()) {
            add("execution", "must be an object, got " + kind(node));
            return null;
        }
        unknownKeys(node, "execution.", List.of("backend", "platform", "workers", "threadsPerJob", "checkpointEvery",
                "checkpointEveryMinutes"));
        int before = problems.size();
        String backend = text(node, "backend", false, "execution.");
        if (backend != null && !backend.equals("local")) {
            add("execution.backend", "must be local (this computer); gce and slurm are not available yet (got '"
                    + backend + "')");
        }
        String platform = text(node, "platform", false, "execution.");
        if (platform != null && !List.of("cpu", "reference").contains(platform)) {
            add("execution.platform", "must be cpu or reference (got '" + platform + "')");
        }
        int workers = (int) integer(node, "execution.", "workers", false, 1, 1, MAX_WORKERS);
        int threads = (int) integer(node, "execution.", "threadsPerJob", false, 1, 1, MAX_THREADS);
        long checkpointEvery = integer(node, "execution.", "checkpointEvery", false, 10_000, 1, Long.MAX_VALUE);
        double minutes = real(node, "execution.checkpointEveryMinutes", 0);
        if (node.has("checkpointEveryMinutes") && !(minutes > 0 && minutes <= MAX_CHECKPOINT_MINUTES)) {
            add("execution.checkpointEveryMinutes", "must be in (0, " + (int) MAX_CHECKPOINT_MINUTES + "] minutes (got "
                    + node.get("checkpointEveryMinutes") + ")");
        }
        return problems.size() == before ? new ExecutionSettings("local", platform == null ? "cpu" : platform, workers,
                threads, checkpointEvery, minutes) : null;
    }

    /**
     * Checks each fixed value, range end and listed value on its own (against the model's defaults), so a
     * bad value is reported once at its own path; combinations are left to {@link #checkPoints}. Only the
     * model's checks of single values are kept here: they are the ones that say "(got x)".
     */
    private void checkValues(CampaignSpec spec) {
        ModelKind.CampaignSpecView view = new ModelKind.CampaignSpecView(spec.fixed(), spec.parameters());
        JobRun base = spec.model().run(spec.fixed(), Map.of(), spec.simulation(), spec.simulation().seed(),
                spec.execution().checkpointEvery());
        for (SpecProblem p : base.problems()) {
            String path = spec.model().specPath(p.field(), view);
            // Run settings do not depend on the point: report them once, here. Model settings only when the
            // check is of the single value; combinations depend on the point and are checked per point.
            boolean runSetting = path.startsWith("simulation.") || path.startsWith("execution.");
            if (runSetting || path.startsWith("fixed.") && p.message().contains("(got ")) {
                add(path, p.message());
            }
        }
        spec.parameters().forEach((name, param) -> {
            List<Map.Entry<String, Double>> probes = new ArrayList<>();
            if (param.values() != null) {
                for (int i = 0; i < param.values().size(); i++) {
                    probes.add(Map.entry("parameters." + name + ".values[" + i + "]", param.values().get(i)));
                }
            } else {
                probes.add(Map.entry("parameters." + name + ".range[0]", param.min()));
                probes.add(Map.entry("parameters." + name + ".range[1]", param.max()));
            }
            List<String> fields = spec.model().variable(name).modelFields();
            for (Map.Entry<String, Double> probe : probes) {
                JobRun r = spec.model().run(spec.fixed(), Map.of(name, probe.getValue()), spec.simulation(),
                        spec.simulation().seed(), spec.execution().checkpointEvery());
                for (SpecProblem p : r.problems()) {
                    if (fields.contains(p.field()) && p.message().contains("(got ")) {
                        add(probe.getKey(), p.message());
                    }
                }
            }
        });
    }

    /** The model's full validation of every point as it will run; says which points fail. */
    private void checkPoints(CampaignSpec spec) {
        long count = DesignPoints.count(spec);
        long jobs = count * spec.replicas();
        if (count < 0 || jobs > CampaignSpec.MAX_JOBS) {
            String size = count < 0 ? "more than " + Long.MAX_VALUE : String.format(Locale.ROOT, "%,d", count);
            add(spec.sampling().method() == SamplingMethod.GRID ? "parameters" : "sampling.points",
                    "the campaign has " + size + " points x " + spec.replicas() + " replica(s); at most "
                            + String.format(Locale.ROOT, "%,d", CampaignSpec.MAX_JOBS) + " jobs fit in one campaign");
            return;
        }
        List<Map<String, Double>> points = DesignPoints.generate(spec);
        ModelKind.CampaignSpecView view = new ModelKind.CampaignSpecView(spec.fixed(), spec.parameters());
        int failing = 0;
        for (int i = 0; i < points.size(); i++) {
            List<SpecProblem> p = spec.model().run(spec.fixed(), points.get(i), spec.simulation(), spec.simulation().seed(),
                    spec.execution().checkpointEvery()).problems();
            if (p.isEmpty()) {
                continue;
            }
            if (++failing <= LISTED_POINTS) {
                SpecProblem first = p.getFirst();
                add("points[" + i + "]", "the model refuses point " + points.get(i) + ": "
                        + spec.model().specPath(first.field(), view) + ": " + first.message());
            }
        }
        if (failing > LISTED_POINTS) {
            add("points", (failing - LISTED_POINTS) + " more of the " + points.size() + " points are refused too ("
                    + failing + " in all); narrow the ranges");
        }
    }

    // --- small typed readers, each recording a problem and returning a fallback on bad input ---

    private String text(JsonNode parent, String key, boolean required, String prefix) {
        String path = (prefix == null ? "" : prefix) + key;
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                add(path, "missing (a string)");
            }
            return null;
        }
        if (!n.isTextual()) {
            add(path, "must be a string, got " + kind(n));
            return null;
        }
        return n.asText();
    }

    private long integer(JsonNode parent, String prefix, String key, boolean required, long fallback, long min, long max) {
        String path = prefix + key;
        JsonNode n = parent.get(key);
        if (n == null) {
            if (required) {
                add(path, "missing (an integer in [" + min + ", " + max + "])");
            }
            return fallback;
        }
        Double d = number(n, path, true);
        if (d == null) {
            return fallback;
        }
        if (!n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
            add(path, "must be an integer in [" + min + ", " + max + "] (got " + n + ")");
            return fallback;
        }
        return n.asLong();
    }

    private double real(JsonNode parent, String path, double fallback) {
        JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (n == null) {
            return fallback;
        }
        Double d = number(n, path, false);
        return d == null ? fallback : d;
    }

    /** A finite number (an integral one when {@code integer}), or null after recording why not. */
    private Double number(JsonNode n, String path, boolean integer) {
        if (n == null || !n.isNumber()) {
            add(path, "must be " + (integer ? "an integer" : "a number") + ", got " + kind(n));
            return null;
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            add(path, "must be a finite number (got " + n + ")");
            return null;
        }
        if (integer && (n.isFloatingPointNumber() ? d != Math.rint(d) || Math.abs(d) > 9.0e15 : !n.canConvertToLong())) {
            add(path, "must be an integer (got " + n + ")");
            return null;
        }
        return d;
    }

    private void unknownKeys(JsonNode node, String prefix, List<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                add(prefix + k, "unknown key; allowed here: " + String.join(", ", allowed));
            }
        }
    }

    private void add(String path, String message) {
        problems.add(new SpecProblem(path, message));
    }

    private static String names(ModelKind model) {
        return String.join(", ", model.variables().stream().map(ModelVariable::name).toList());
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string (\"" + n.asText() + "\")";
            case BOOLEAN -> n.asText();
            case NULL -> "null";
            case NUMBER -> "the number " + n;
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String parserPath(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser) {
            StringBuilder b = new StringBuilder();
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                String part = c.inArray() ? "[" + Math.max(0, c.getCurrentIndex()) + "]"
                        : c.getCurrentName() != null ? "." + c.getCurrentName() : "";
                b.insert(0, part);
            }
            String path = b.toString();
            return path.isEmpty() ? "$" : path.startsWith(".") ? path.substring(1) : path;
        }
        return "$";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")" + (e instanceof JsonParseException ? "" : "");
    }
}
