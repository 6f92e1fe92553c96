package org.mdscape.app.viewmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.DesignPoints;
import org.mdscape.engine.campaign.Parameter;
import org.mdscape.engine.campaign.SamplingMethod;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.model.SpecProblem;

/**
 * The Sweep screen: the swept parameters of a campaign spec, its sampling method and budget, and what follows
 * from them (the points, the job count, the estimated core-hours, the model's complaints). The spec is kept as
 * the scientist's JSON tree, with only {@code parameters} and {@code sampling} rewritten from the screen, so
 * settings the screen does not show survive a round trip.
 *
 * <p>Every edit rebuilds the spec and asks the engine's own reader to check it, and the engine's samplers for
 * the points, off the UI thread; only the latest answer is shown.
 */
public final class SweepViewModel {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    public static final int MAX_BUDGET = 100_000;

    private final LatestOnly recompute;
    private ObjectNode tree = JSON.createObjectNode();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty modelLabel = new SimpleStringProperty("");
    private final ObservableList<ParameterRow> parameters = FXCollections.observableArrayList();
    private final ObjectProperty<SamplingMethod> method = new SimpleObjectProperty<>(SamplingMethod.GRID);
    private final IntegerProperty budget = new SimpleIntegerProperty(64);
    private final StringProperty budgetText = new SimpleStringProperty("64");
    private final StringProperty budgetMessage = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final StringProperty readOnlyReason = new SimpleStringProperty("");
    private final ObjectProperty<PointSet> points = new SimpleObjectProperty<>(PointSet.EMPTY);
    private final LongProperty jobCount = new SimpleLongProperty();
    private final DoubleProperty coreHours = new SimpleDoubleProperty(Double.NaN);
    private final StringProperty estimateSource = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private final ObjectProperty<CampaignSpec> spec = new SimpleObjectProperty<>();
    private final StringProperty specJson = new SimpleStringProperty("");
    private final ObjectProperty<SweepEstimate> estimate = new SimpleObjectProperty<>();
    private boolean loading;

    public SweepViewModel(Executor background, Executor ui) {
        this.recompute = new LatestOnly(background, ui);
        method.addListener((o, a, b) -> changed());
        budgetText.addListener((o, a, b) -> {
            if (loading) {
                return;
            }
            Double v = Numbers.parse(b);
            if (v == null || v != Math.rint(v) || v < 1 || v > MAX_BUDGET) {
                budgetMessage.set("budget: must be an integer number of points in [1, " + MAX_BUDGET + "] (got '" + b + "')");
                valid.set(false);
                return;
            }
            budgetMessage.set("");
            if (budget.get() != v.intValue()) {
                budget.set(v.intValue());
            } else {
                changed();
            }
        });
        budget.addListener((o, a, b) -> {
            if (!loading && Numbers.parse(budgetText.get()) != b.doubleValue()) {
                budgetText.set(Integer.toString(b.intValue()));
            }
            changed();
        });
        estimate.addListener((o, a, b) -> changed());
    }

    /** Shows the spec in {@code json}; throws InvalidSpecException if it is not a spec at all. */
    public void load(String json, boolean canEdit, String whyReadOnly) {
        CampaignSpec parsed = CampaignSpecReader.read(json.getBytes(StandardCharsets.UTF_8));
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // the reader accepted it, so Jackson parses it
        }
        loading = true;
        try {
            tree = ((ObjectNode) root).deepCopy();
            name.set(parsed.name());
            modelLabel.set(parsed.model().label());
            List<ParameterRow> rows = new ArrayList<>();
            parsed.parameters().forEach((n, p) -> rows.add(row(parsed, n, p)));
            parameters.setAll(rows);
            rows.forEach(r -> r.onChange(this::changed));
            method.set(parsed.sampling().method());
            int b = parsed.sampling().method() == SamplingMethod.GRID ? (int) Math.min(MAX_BUDGET, Math.max(1,
                    DesignPoints.count(parsed))) : parsed.sampling().points();
            budget.set(b);
            budgetText.set(Integer.toString(b));
            budgetMessage.set("");
            editable.set(canEdit);
            readOnlyReason.set(canEdit ? "" : whyReadOnly);
            if (estimate.get() == null || !sameModel(parsed)) {
                estimate.set(SweepEstimate.builtIn(parsed.model()));
            }
        } finally {
            loading = false;
        }
        changed();
    }

    private boolean sameModel(CampaignSpec parsed) {
        return spec.get() != null && spec.get().model() == parsed.model();
    }

    private static ParameterRow row(CampaignSpec spec, String n, Parameter p) {
        boolean integer = spec.model().integer(n);
        String unit = spec.model().unit(n);
        if (p.values() != null) {
            List<Double> v = p.values();
            double lo = v.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double hi = v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            return new ParameterRow(n, unit, integer, lo, hi, v.size(), v);
        }
        int count = p.count() > 0 ? p.count() : integer ? (int) Math.min(20, p.max() - p.min() + 1) : 5;
        return new ParameterRow(n, unit, integer, p.min(), p.max(), Math.max(1, count), null);
    }

    /** The spec as the screen shows it now, or null while a typed field does not parse. */
    ObjectNode currentTree() {
        ObjectNode root = tree.deepCopy();
        ObjectNode params = root.putObject("parameters");
        boolean grid = method.get() == SamplingMethod.GRID;
        for (ParameterRow r : parameters) {
            if (!r.typedValidProperty().get()) {
                return null;
            }
            ObjectNode p = params.putObject(r.name());
            if (r.values() != null) {
                ArrayNode a = p.putArray("values");
                r.values().forEach(v -> number(a, v, r.integer()));
            } else if (grid && r.countProperty().get() == 1) {
                number(p.putArray("values"), r.minProperty().get(), r.integer());
            } else {
                ArrayNode a = p.putArray("range");
                number(a, r.minProperty().get(), r.integer());
                number(a, r.maxProperty().get(), r.integer());
                if (grid) {
                    p.put("count", r.countProperty().get());
                }
            }
        }
        ObjectNode sampling = root.putObject("sampling");
        sampling.put("method", method.get().label());
        if (!grid) {
            sampling.put("points", budget.get());
            JsonNode old = tree.path("sampling").path("seed");
            if (old.isNumber()) {
                sampling.set("seed", old);
            }
        }
        return root;
    }

    private static void number(ArrayNode a, double v, boolean integer) {
        if (integer && v == Math.rint(v)) {
            a.add((long) v);
        } else {
            a.add(v);
        }
    }

    private void changed() {
        if (loading || parameters.isEmpty()) {
            return;
        }
        ObjectNode root = currentTree();
        if (root == null || !budgetMessage.get().isEmpty()) {
            valid.set(false);
            return;
        }
        String json;
        try {
            json = JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        SweepEstimate est = estimate.get();
        recompute.submit(() -> evaluate(json, est), this::show);
    }

    /** What the engine says of a spec: its points and cost, or its problems. Runs off the UI thread. */
    record Evaluation(String json, CampaignSpec spec, PointSet points, Map<String, List<Double>> levels, long jobs,
                      double coreHours, List<SpecProblem> problems) {
    }

    static Evaluation evaluate(String json, SweepEstimate estimate) {
        CampaignSpec s;
        try {
            s = CampaignSpecReader.read(json.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidSpecException e) {
            return new Evaluation(json, null, PointSet.EMPTY, Map.of(), 0, Double.NaN, e.problems());
        }
        List<Map<String, Double>> pts = DesignPoints.generate(s);
        List<String> names = List.copyOf(s.parameters().keySet());
        double[][] values = new double[pts.size()][names.size()];
        for (int k = 0; k < pts.size(); k++) {
            for (int d = 0; d < names.size(); d++) {
                values[k][d] = pts.get(k).get(names.get(d));
            }
        }
        java.util.LinkedHashMap<String, List<Double>> levels = new java.util.LinkedHashMap<>();
        s.parameters().forEach((n, p) -> levels.put(n, p.continuous() ? null : p.levels()));
        List<String> units = names.stream().map(n -> s.model().unit(n)).toList();
        return new Evaluation(json, s, new PointSet(names, units, values), levels, (long) pts.size() * s.replicas(),
                estimate.coreHours(s, pts), List.of());
    }

    private void show(Evaluation e) {
        for (ParameterRow r : parameters) {
            r.minMessageProperty().set("");
            r.maxMessageProperty().set("");
            r.messageProperty().set("");
        }
        List<String> general = new ArrayList<>();
        for (SpecProblem p : e.problems()) {
            if (!attach(p)) {
                general.add(p.toString());
            }
        }
        problems.setAll(general);
        valid.set(e.spec() != null);
        specJson.set(e.json());
        if (e.spec() != null) {
            spec.set(e.spec());
            points.set(e.points());
            jobCount.set(e.jobs());
            coreHours.set(e.coreHours());
            estimateSource.set(estimate.get().source());
            for (ParameterRow r : parameters) {
                r.showLevels(e.levels().get(r.name()));
            }
        } else {
            points.set(PointSet.EMPTY);
            jobCount.set(0);
            coreHours.set(Double.NaN);
        }
    }

    /** Puts a problem next to the field it concerns; false if it concerns no single parameter. */
    private boolean attach(SpecProblem p) {
        String field = p.field();
        for (ParameterRow r : parameters) {
            String prefix = "parameters." + r.name();
            if (field.equals(prefix + ".range[0]") || field.equals(prefix + ".values[0]") && r.values() == null) {
                r.minMessageProperty().set(r.name() + " min: " + p.message());
                return true;
            }
            if (field.equals(prefix + ".range[1]")) {
                r.maxMessageProperty().set(r.name() + " max: " + p.message());
                return true;
            }
            if (field.equals(prefix) || field.startsWith(prefix + ".")) {
                String old = r.messageProperty().get();
                r.messageProperty().set((old.isEmpty() ? "" : old + "; ") + r.name() + ": " + p.message());
                return true;
            }
        }
        if (field.equals("sampling.points")) {
            budgetMessage.set("budget: " + p.message());
            return true;
        }
        return false;
    }

    /** The spec text to save or to create a campaign from (the last one the engine accepted). */
    public String validSpecJson() {
        if (!valid.get()) {
            throw new IllegalStateException("the sweep has problems: " + String.join("; ", problems));
        }
        return specJson.get();
    }

    /** A throughput measured on this computer (from finished jobs); null goes back to the built-in figure. */
    public void useEstimate(SweepEstimate e) {
        CampaignSpec s = spec.get();
        estimate.set(e != null ? e : s == null ? SweepEstimate.ELECTROLYTE_BUILT_IN : SweepEstimate.builtIn(s.model()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty modelLabelProperty() {
        return modelLabel;
    }

    public ObservableList<ParameterRow> parameters() {
        return parameters;
    }

    public ObjectProperty<SamplingMethod> methodProperty() {
        return method;
    }

    public IntegerProperty budgetProperty() {
        return budget;
    }

    public StringProperty budgetTextProperty() {
        return budgetText;
    }

    public ReadOnlyStringProperty budgetMessageProperty() {
        return budgetMessage;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason;
    }

    public ReadOnlyObjectProperty<PointSet> pointsProperty() {
        return points;
    }

    public ReadOnlyLongProperty jobCountProperty() {
        return jobCount;
    }

    public ReadOnlyDoubleProperty coreHoursProperty() {
        return coreHours;
    }

    public ReadOnlyStringProperty estimateSourceProperty() {
        return estimateSource;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    /** The last spec the engine accepted (null before the first). */
    public ReadOnlyObjectProperty<CampaignSpec> specProperty() {
        return spec;
    }

    /** A one-line summary: "12 jobs · 0.42 core-hours". */
    public String summary() {
        return String.format(Locale.ROOT, "%,d jobs · %s core-hours", jobCount.get(), Numbers.plain(
                Math.round(coreHours.get() * 100) / 100.0));
    }
}
