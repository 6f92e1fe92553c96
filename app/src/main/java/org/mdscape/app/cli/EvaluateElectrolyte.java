package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mdscape.engine.io.XyzFrame;
import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.sim.ElectrolyteSetup;
import org.mdscape.engine.sim.ForceResult;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mdscape evaluate electrolyte}: energy and forces of one confined-electrolyte configuration. */
@Command(name = "electrolyte", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Energy (k_BT) and forces (k_BT/d) of the first frame of an extended-XYZ file: species P "
                + "(cations) and N (anions), reduced units (d = the smaller diameter), z = 0 at the mid-plane, "
                + "x and y in [-L/2, L/2). Ion counts and box must match the model options.",
                "Prints {\"potentialEnergy\": U, \"virial\": null, \"forces\": [[fx,fy,fz], ...]} in file order."})
final class EvaluateElectrolyte implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE.xyz", required = true, description = "extended-XYZ file")
    Path input;

    @Mixin
    ElectrolyteOptions model;

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "reference", description = "reference or cpu (default ${DEFAULT-VALUE})")
    String platform;

    @Option(names = "--threads", paramLabel = "K", defaultValue = "1", description = "CPU threads (default ${DEFAULT-VALUE})")
    int threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ConfinedElectrolyte electrolyte = model.spec();
        Platform p = CliOptions.platform(platform, threads, NeighbourListPolicy.automatic());
        XyzFrame frame = CliOptions.readFrame(input);
        MolecularSystem template = ElectrolyteSetup.system(electrolyte);
        double l = template.box().lx(), h = template.box().lz();
        if (Math.abs(frame.box().lx() - l) > 1e-6 * l || Math.abs(frame.box().ly() - l) > 1e-6 * l) {
            throw new UsageError("--input", String.format(Locale.ROOT,
                    "the file's lateral box %.6g x %.6g differs from the model's %.6g (reduced units)",
                    frame.box().lx(), frame.box().ly(), l));
        }
        int n = frame.size();
        int[] speciesOf = new int[n];
        int cations = 0;
        for (int i = 0; i < n; i++) {
            switch (frame.species()[i]) {
                case "P" -> cations++;
                case "N" -> speciesOf[i] = ElectrolyteSetup.ANION;
                default -> throw new UsageError("--input", "particle " + (i + 1) + " has species '" + frame.species()[i]
                        + "'; expected P (cation) or N (anion)");
            }
        }
        if (cations != electrolyte.cations() || n - cations != electrolyte.anions()) {
            throw new UsageError("--input", "the file has " + cations + " cations and " + (n - cations)
                    + " anions; the model has " + electrolyte.cations() + " and " + electrolyte.anions());
        }
        MolecularSystem system = new MolecularSystem(template.species(), speciesOf, template.box(), template.forces());
        State s = new State(n);
        for (int i = 0; i < n; i++) {
            s.x[i] = frame.positions()[i][0] + l / 2;
            s.y[i] = frame.positions()[i][1] + l / 2;
            s.z[i] = frame.positions()[i][2];
            double d = system.species().get(speciesOf[i]).diameter();
            if (Math.abs(s.z[i]) >= h / 2 + d / 2) {
                throw new UsageError("--input", String.format(Locale.ROOT,
                        "particle %d at z = %.6g is inside or beyond a wall (walls at +-%.6g)", i + 1, s.z[i], h / 2));
            }
        }
        s.wrapInto(system.box());
        ForceResult r = new ForceResult(n);
        p.createEvaluator(system).compute(s, r, true);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("potentialEnergy", r.potentialEnergy);
        root.putNull("virial");
        ArrayNode forces = root.putArray("forces");
        for (int i = 0; i < n; i++) {
            forces.addArray().add(r.fx[i]).add(r.fy[i]).add(r.fz[i]);
        }
        spec.commandLine().getOut().println(json.writeValueAsString(root));
        return 0;
    }
}
