package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ModelKind;
import org.mdscape.engine.campaign.ProfileResult;
import org.mdscape.engine.campaign.SurrogateStore.SurrogateVersion;
import org.mdscape.engine.surrogate.CampaignSurrogate;
import org.mdscape.engine.surrogate.DesignSpace;
import org.mdscape.engine.surrogate.ProfilePrediction;
import org.mdscape.engine.surrogate.SurrogateEnsemble;
import org.mdscape.engine.surrogate.SurrogateMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mdscape surrogate train|evaluate|predict NAME.mdscape}: the campaign's ML surrogate. */
@Command(name = "surrogate", mixinStandardHelpOptions = true,
        description = {"Train, judge and query a campaign's surrogate: a deep ensemble that maps the swept parameters "
                + "to the ion density profiles, trained on the campaign's simulations.",
                "Versions are stored in the campaign file (weights in NAME.mdscape-data/surrogate/)."},
        subcommands = {SurrogateCommand.Train.class, SurrogateCommand.Evaluate.class, SurrogateCommand.Predict.class,
                SurrogateUqCommand.class})
final class SurrogateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CampaignStore openElectrolyte(Path file) throws java.io.IOException {
        CampaignStore store = CampaignFiles.open(file);
        if (store.spec().model() != ModelKind.ELECTROLYTE) {
            String model = store.spec().model().label();
            store.close();
            throw new UsageError(file.toString(), "surrogates learn density profiles of electrolyte campaigns; this one sweeps "
                    + model);
        }
        return store;
    }

    static SurrogateVersion latest(CampaignSurrogate s, Path file) throws java.sql.SQLException {
        return s.store().latest().orElseThrow(() -> new UsageError(file.toString(),
                "no surrogate trained yet; train one with 'mdscape surrogate train " + file + "'"));
    }

    @Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Train a new surrogate version on the campaign's simulations (about one in five is held out to "
                    + "judge it) and store it.")
    static final class Train implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
        Path file;

        @Mixin
        TrainingOptions options = new TrainingOptions();

        @Option(names = "--threads", paramLabel = "T", description = "PyTorch threads (default: 1)")
        Integer threads;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var config = options.config();
            CampaignFiles.checkRange("--threads", threads, 1, 256);
            if (threads != null) {
                config = new org.mdscape.engine.surrogate.SurrogateConfig(config.members(), config.hidden(), config.epochs(),
                        config.batchSize(), config.learningRate(), config.errorWeighted(), config.gridStep(), config.seed(),
                        threads);
            }
            var out = spec.commandLine().getOut();
            try (CampaignStore store = openElectrolyte(file)) {
                CampaignSurrogate s = new CampaignSurrogate(store);
                int members = config.members();
                CampaignSurrogate.Trained t;
                try {
                    t = s.train(config, m -> {
                        out.printf(Locale.ROOT, "  member %d of %d trained%n", m, members);
                        out.flush();
                    });
                } catch (IllegalStateException e) {
                    throw new UsageError(file.toString(), e.getMessage());
                }
                SurrogateVersion v = t.version();
                out.printf(Locale.ROOT, "surrogate version %d: %d training points, %d held out, %.1f s%n", v.id(),
                        v.trainingPoints(), v.testPoints(), v.trainSeconds());
                SurrogateMetrics m = t.metrics();
                out.printf(Locale.ROOT, "  held-out accuracy %.3f (within the MD 95%% error bar; a perfect predictor expects %.2f),"
                        + " within 1 SE %.3f, RMSE %.4f M, calibration %.3f%n", m.accuracy(), m.noiseCeiling(), m.accuracy1se(),
                        m.rmse(), m.calibration());
            }
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Judge the latest surrogate version on its held-out simulations and time its inference; prints JSON.")
    static final class Evaluate implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
        Path file;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (CampaignStore store = openElectrolyte(file)) {
                CampaignSurrogate s = new CampaignSurrogate(store);
                SurrogateVersion v = latest(s, file);
                Set<Long> testJobs = new HashSet<>(s.store().jobsOf(v.id(), "test"));
                List<ProfileResult> test = store.profileResults().stream().filter(r -> testJobs.contains(r.jobId())).toList();
                try (SurrogateEnsemble e = s.load(v, 1)) {
                    SurrogateMetrics m = SurrogateMetrics.of(test, e.predictResults(test));
                    double millis = inferenceMillisPerPoint(e);
                    ObjectMapper json = new ObjectMapper();
                    ObjectNode o = json.createObjectNode();
                    o.put("version", v.id());
                    o.put("accuracy", m.accuracy());
                    o.put("accuracy1se", m.accuracy1se());
                    o.put("noiseCeiling", m.noiseCeiling());
                    o.put("rmse", m.rmse());
                    o.put("calibration", m.calibration());
                    o.put("trainingPoints", v.trainingPoints());
                    o.put("testPoints", m.points());
                    o.put("testBins", m.bins());
                    o.put("inferenceMillisPerPoint", millis);
                    o.put("trainSeconds", v.trainSeconds());
                    o.put("designSpaceCompletion", completion(store, s));
                    var curve = o.putArray("learningCurve");
                    for (SurrogateVersion x : s.store().versions()) {
                        ObjectNode row = curve.addObject();
                        row.put("version", x.id());
                        row.put("trainingPoints", x.trainingPoints());
                        row.put("testPoints", x.testPoints());
                        row.put("accuracy", x.accuracy());
                        row.put("rmse", x.rmseM());
                    }
                    spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(o));
                }
            }
            return 0;
        }

        /**
         * "Design space completion": the share of the campaign's jobs answered within the target, i.e. simulated,
         * or predicted (jobs are answered only by a version that met the switch policy).
         */
        static double completion(CampaignStore store, CampaignSurrogate s) throws java.sql.SQLException {
            var status = store.status();
            if (status.jobs() == 0) {
                return Double.NaN;
            }
            int done = status.count(org.mdscape.engine.campaign.JobState.DONE);
            int predicted = status.count(org.mdscape.engine.campaign.JobState.PREDICTED);
            return (done + predicted) / (double) status.jobs();
        }

        /** Median over 5 batches of 1,000 random points in the design space, after a warm-up batch. */
        static double inferenceMillisPerPoint(SurrogateEnsemble e) {
            DesignSpace space = e.space();
            Random r = new Random(1);
            List<Map<String, Double>> points = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                Map<String, Double> p = new LinkedHashMap<>();
                for (int d = 0; d < space.dimensions(); d++) {
                    p.put(space.names().get(d), space.min()[d] + r.nextDouble() * (space.max()[d] - space.min()[d]));
                }
                points.add(p);
            }
            e.predictGrid(points);
            double[] t = new double[5];
            for (int k = 0; k < t.length; k++) {
                long t0 = System.nanoTime();
                e.predictGrid(points);
                t[k] = (System.nanoTime() - t0) / 1e6 / points.size();
            }
            java.util.Arrays.sort(t);
            return t[t.length / 2];
        }
    }

    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = {"Predict the density profiles at a point with the latest surrogate version: CSV of z_nm, rho+ and "
                    + "rho- with the ensemble's spread (mol/L), on the bins a simulation of that point would report.",
                    "Parameters not given take the campaign's values; a point outside the trained ranges is refused."})
    static final class Predict implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
        Path file;

        @Option(names = "--point", required = true, paramLabel = "NAME=VALUE,...", split = ",",
                description = "the point, e.g. h=3.2,c=0.5,d=0.6")
        Map<String, String> point;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (CampaignStore store = openElectrolyte(file)) {
                CampaignSurrogate s = new CampaignSurrogate(store);
                DesignSpace space = s.space();
                Map<String, Double> p = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : point.entrySet()) {
                    if (!space.names().contains(e.getKey())) {
                        throw new UsageError("--point", e.getKey() + " is not a swept parameter of this campaign (swept: "
                                + String.join(", ", space.names()) + ")");
                    }
                    try {
                        p.put(e.getKey(), Double.parseDouble(e.getValue()));
                    } catch (NumberFormatException x) {
                        throw new UsageError("--point", e.getKey() + " = " + e.getValue() + " is not a number");
                    }
                }
                for (int d = 0; d < space.dimensions(); d++) {
                    String n = space.names().get(d);
                    if (!p.containsKey(n)) {
                        throw new UsageError("--point", "give " + n + " too (in [" + space.min()[d] + ", " + space.max()[d] + "])");
                    }
                    double v = p.get(n);
                    if (v < space.min()[d] || v > space.max()[d]) {
                        throw new UsageError("--point", n + " = " + v + " is outside the range the surrogate was trained on ["
                                + space.min()[d] + ", " + space.max()[d] + "]");
                    }
                }
                SurrogateVersion v = latest(s, file);
                try (SurrogateEnsemble e = s.load(v, 1)) {
                    ProfilePrediction q = s.predict(e, List.of(p)).getFirst();
                    var out = spec.commandLine().getOut();
                    out.println("z_nm,contact,rhoPlus_M,rhoPlusSd_M,rhoMinus_M,rhoMinusSd_M");
                    for (int b = 0; b < q.layout().bins(); b++) {
                        out.println(q.layout().zNm()[b] + "," + (q.layout().contact()[b] ? 1 : 0) + "," + q.mean()[0][b] + ","
                                + q.spread()[0][b] + "," + q.mean()[1][b] + "," + q.spread()[1][b]);
                    }
                }
            }
            return 0;
        }
    }
}
