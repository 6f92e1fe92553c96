package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mdscape.engine.io.XyzFrame;
import org.mdscape.engine.sim.Box;
import org.mdscape.engine.sim.ForceResult;
import org.mdscape.engine.sim.LennardJonesForce;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mdscape evaluate MODEL}: energy, virial and forces of one configuration, to cross-check other codes. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Energy, virial and forces of one configuration, as JSON.",
        subcommands = {EvaluateCommand.LennardJones.class, EvaluateElectrolyte.class})
final class EvaluateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "lj", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Lennard-Jones (epsilon = sigma = 1) energy, virial and forces of the first frame of an "
                    + "extended-XYZ file (box from 0 to L, reduced units).",
                    "Prints {\"potentialEnergy\": U, \"virial\": [xx,yy,zz,xy,xz,yz], \"forces\": [[fx,fy,fz], ...]} "
                            + "in the file's particle order; virial W_ab = sum over pairs of r_a f_b."})
    static final class LennardJones implements Callable<Integer> {
        @Option(names = "--input", paramLabel = "FILE.xyz", required = true, description = "extended-XYZ file")
        Path input;

        @Option(names = "--cutoff", paramLabel = "RC", defaultValue = "2.5", description = "pair cutoff in sigma (default ${DEFAULT-VALUE})")
        double cutoff;

        @Option(names = "--shift", negatable = true, defaultValue = "false", description = "shift the pair energy to 0 at the cutoff")
        boolean shift;

        @Option(names = "--tail", negatable = true, defaultValue = "false", description = "add analytic tail corrections")
        boolean tail;

        @Option(names = "--platform", paramLabel = "NAME", defaultValue = "reference", description = "reference or cpu (default ${DEFAULT-VALUE})")
        String platform;

        @Option(names = "--threads", paramLabel = "K", defaultValue = "1", description = "CPU threads (default ${DEFAULT-VALUE})")
        int threads;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Platform p = CliOptions.platform(platform, threads, NeighbourListPolicy.automatic());
            XyzFrame frame = CliOptions.readFrame(input);
            Box box = frame.box();
            if (!(cutoff > 0) || cutoff > box.shortestEdge() / 2) {
                throw new UsageError("--cutoff", String.format(Locale.ROOT,
                        "must be in (0, %.6g], half the shortest box edge (got %s)", box.shortestEdge() / 2, cutoff));
            }
            int n = frame.size();
            if (n < 2) {
                throw new UsageError("--input", "needs at least 2 particles (got " + n + ")");
            }
            MolecularSystem system = MolecularSystem.uniform(n, 1.0, box, new LennardJonesForce(1, 1, cutoff, shift, tail));
            State s = new State(n);
            for (int i = 0; i < n; i++) {
                s.x[i] = frame.positions()[i][0];
                s.y[i] = frame.positions()[i][1];
                s.z[i] = frame.positions()[i][2];
            }
            s.wrapInto(box);
            ForceResult r = new ForceResult(n);
            p.createEvaluator(system).compute(s, r, true);

            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.put("potentialEnergy", r.potentialEnergy);
            ArrayNode virial = root.putArray("virial");
            for (double v : r.virial) {
                virial.add(v);
            }
            ArrayNode forces = root.putArray("forces");
            for (int i = 0; i < n; i++) {
                forces.addArray().add(r.fx[i]).add(r.fy[i]).add(r.fz[i]);
            }
            spec.commandLine().getOut().println(json.writeValueAsString(root));
            return 0;
        }
    }
}
