package org.mdscape.engine.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.model.WallModel;
import org.mdscape.engine.run.ElectrolyteRun;
import org.mdscape.engine.run.Ensemble;
import org.mdscape.engine.run.LennardJonesRun;

/** The models a campaign sweeps, the settings each takes, and how a point becomes one run. */
public enum ModelKind {
    ELECTROLYTE(List.of(
            number("h", "nm", "h"), integer("zp", "", "zp"), integer("zn", "", "zn"), number("c", "M", "c"),
            number("d", "nm", "dp", "dn"), number("dp", "nm", "dp"), number("dn", "nm", "dn"),
            number("bjerrumNm", "nm", "bjerrum-nm"), integer("anions", "", "anions"), number("boxNm", "nm", "box-nm"),
            new ModelVariable("wall", ModelVariable.Kind.TEXT, List.of("wall"), ""))),
    LJ(List.of(
            integer("n", "", "n"), number("density", "", "density"), number("temperature", "", "temperature"),
            number("cutoff", "", "cutoff"), new ModelVariable("shift", ModelVariable.Kind.FLAG, List.of("shift"), ""),
            new ModelVariable("tail", ModelVariable.Kind.FLAG, List.of("tail"), ""),
            new ModelVariable("ensemble", ModelVariable.Kind.TEXT, List.of("ensemble"), "")));

    private final List<ModelVariable> variables;

    ModelKind(List<ModelVariable> variables) {
        this.variables = variables;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit of setting {@code name} ("nm", "M"; "" when dimensionless or unknown), for labels and headers. */
    public String unit(String name) {
        ModelVariable v = variable(name);
        return v == null ? "" : v.unit();
    }

    /** Whether setting {@code name} takes whole numbers only (valencies, ion and particle counts). */
    public boolean integer(String name) {
        ModelVariable v = variable(name);
        return v != null && v.kind() == ModelVariable.Kind.INTEGER;
    }

    List<ModelVariable> variables() {
        return variables;
    }

    ModelVariable variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    /** Where a problem the model or run reports under {@code field} sits in the spec. */
    String specPath(String field, CampaignSpecView spec) {
        for (ModelVariable v : variables) {
            if (v.modelFields().contains(field)) {
                // "dp" may come from "d"; prefer whichever key the spec actually used.
                for (ModelVariable w : variables) {
                    if (w.modelFields().contains(field) && spec.parameters().containsKey(w.name())) {
                        return "parameters." + w.name();
                    }
                }
                for (ModelVariable w : variables) {
                    if (w.modelFields().contains(field) && spec.fixed().containsKey(w.name())) {
                        return "fixed." + w.name();
                    }
                }
                return "fixed." + v.name();
            }
        }
        return switch (field) {
            case "dt" -> "simulation.dt";
            case "steps" -> "simulation.steps";
            case "equilibration-fraction", "equilibrate" -> "simulation.equilibrationFraction";
            case "sample-every", "thermo-every" -> "simulation.sampleEvery";
            case "bin-width" -> "simulation.binWidth";
            case "accuracy" -> "simulation.accuracy";
            case "trajectory-every" -> "simulation.trajectoryEvery";
            case "checkpoint-every" -> "execution.checkpointEvery";
            default -> field;
        };
    }

    /** The spec's parts that {@link #specPath} needs (so the reader can map paths before the spec exists). */
    record CampaignSpecView(Map<String, ?> fixed, Map<String, ?> parameters) {
    }

    /**
     * The run of one job: the fixed settings overlaid with the point's values. Defaults are the CLI's
     * (the reference electrolyte; the NIST LJ state point).
     */
    JobRun run(Map<String, Object> fixed, Map<String, Double> point, SimulationSettings sim, long seed,
               long checkpointEvery) {
        Map<String, Object> v = new LinkedHashMap<>(fixed);
        v.putAll(point);
        return switch (this) {
            case ELECTROLYTE -> {
                double d = num(v, "d", 0.714);
                String wallName = (String) v.getOrDefault("wall", "standard");
                WallModel wall;
                try {
                    wall = WallModel.parse(wallName);
                } catch (IllegalArgumentException e) {
                    wall = null; // reported by the reader; never reaches a run
                }
                ConfinedElectrolyte system = new ConfinedElectrolyte(num(v, "h", 3.0), (int) num(v, "zp", 1),
                        (int) num(v, "zn", -1), num(v, "c", 0.5), num(v, "dp", d), num(v, "dn", d),
                        wall == null ? WallModel.STANDARD : wall,
                        num(v, "bjerrumNm", ConfinedElectrolyte.WATER_BJERRUM_NM), (int) num(v, "anions", 212),
                        num(v, "boxNm", 0), sim.accuracy());
                yield new ElectrolyteJobRun(new ElectrolyteRun(system, sim.dt(), sim.steps(), sim.equilibrationFraction(),
                        sim.sampleEvery(), sim.binWidth(), 5, 100 * sim.dt(), seed, sim.trajectoryEvery(), checkpointEvery));
            }
            case LJ -> {
                LennardJonesFluid fluid = new LennardJonesFluid((int) num(v, "n", 500), num(v, "density", 0.776),
                        num(v, "temperature", 0.85), num(v, "cutoff", 3.0), (Boolean) v.getOrDefault("shift", false),
                        (Boolean) v.getOrDefault("tail", true));
                Ensemble ensemble = "nve".equals(v.get("ensemble")) ? Ensemble.NVE : Ensemble.NVT;
                yield new LennardJonesJobRun(new LennardJonesRun(fluid, sim.dt(), sim.steps(),
                        (long) Math.floor(sim.steps() * sim.equilibrationFraction()), ensemble, 100 * sim.dt(), 5, seed,
                        sim.sampleEvery(), sim.trajectoryEvery(), checkpointEvery));
            }
        };
    }

    /** Allowed values of a text setting, or null if any is allowed. */
    List<String> allowedText(String name) {
        return switch (name) {
            case "wall" -> List.of("standard", "legacy2019");
            case "ensemble" -> List.of("nvt", "nve");
            default -> null;
        };
    }

    /** Defaults of run settings that differ between models. */
    double defaultDt() {
        return this == ELECTROLYTE ? 0.001 : 0.005;
    }

    private static double num(Map<String, Object> v, String key, double fallback) {
        Object o = v.get(key);
        return o instanceof Number n ? n.doubleValue() : fallback;
    }

    private static ModelVariable number(String name, String unit, String... fields) {
        return new ModelVariable(name, ModelVariable.Kind.NUMBER, List.of(fields), unit);
    }

    private static ModelVariable integer(String name, String unit, String... fields) {
        return new ModelVariable(name, ModelVariable.Kind.INTEGER, List.of(fields), unit);
    }
}
