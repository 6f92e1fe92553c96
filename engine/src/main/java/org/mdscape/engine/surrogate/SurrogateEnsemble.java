package org.mdscape.engine.surrogate;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.mdscape.engine.campaign.ProfileResult;

/**
 * A deep ensemble of small fully connected networks mapping a design point (scaled inputs) to ρ+(x)/c and
 * ρ−(x)/c on the shared {@link ProfileGrid}. Each member is trained through the same linear map that places
 * the grid on a point's own bins, so the loss compares with exactly what MD measured (no resampling of the
 * data). Mean and spread across members are the prediction and its uncertainty.
 *
 * <p>Holds native PyTorch memory: close it.
 */
public final class SurrogateEnsemble implements AutoCloseable {
    private static final int MAGIC = 0x4D445347; // "MDSG"
    private static final int FORMAT = 1;
    /** Fewest gradient steps a member takes, whatever the epochs (see trainMember). */
    static final int MIN_STEPS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a saved ensemble needs besides its weights. */
    record Header(SurrogateConfig config, DesignSpace space, ProfileGrid grid, int members) {
    }

    private final Header header;
    private final NDManager manager;
    private final List<Block> blocks;

    private SurrogateEnsemble(Header header, NDManager manager, List<Block> blocks) {
        this.header = header;
        this.manager = manager;
        this.blocks = blocks;
    }

    public SurrogateConfig config() {
        return header.config();
    }

    public DesignSpace space() {
        return header.space();
    }

    public ProfileGrid grid() {
        return header.grid();
    }

    /**
     * Trains {@code config.members()} networks on {@code examples}. {@code progress} hears the number of
     * members finished. Same examples, config and thread count give the same weights.
     */
    public static SurrogateEnsemble train(List<ProfileResult> examples, DesignSpace space, SurrogateConfig config,
                                          IntConsumer progress) {
        if (examples.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 simulated points (got " + examples.size() + ")");
        }
        Engine engine = TorchRuntime.engine(config.threads());
        double maxHalf = 0, binWidth = examples.getFirst().binWidth();
        for (ProfileResult r : examples) {
            BinLayout l = BinLayout.of(r);
            maxHalf = Math.max(maxHalf, Math.max(l.halfChannel(0), l.halfChannel(1)));
        }
        ProfileGrid grid = ProfileGrid.covering(maxHalf, config.gridStep() * binWidth);
        TrainingTensors data = TrainingTensors.of(examples, space, grid, config.errorWeighted());
        Header header = new Header(config, space, grid, config.members());
        NDManager manager = engine.newBaseManager(Device.cpu());
        List<Block> blocks = new ArrayList<>();
        try {
            for (int m = 0; m < config.members(); m++) {
                blocks.add(trainMember(engine, manager, data, header, m));
                progress.accept(m + 1);
            }
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
        return new SurrogateEnsemble(header, manager, blocks);
    }

    private static Block network(Header h) {
        SequentialBlock net = new SequentialBlock();
        for (int units : h.config().hidden()) {
            net.add(Linear.builder().setUnits(units).build());
            net.add(Activation.reluBlock());
        }
        net.add(Linear.builder().setUnits(2L * h.grid().size()).build());
        return net;
    }

    private static Block trainMember(Engine engine, NDManager owner, TrainingTensors data, Header h, int member) {
        SurrogateConfig cfg = h.config();
        long seed = cfg.seed() + member;
        engine.setRandomSeed((int) (seed ^ (seed >>> 32)));
        Block net = network(h);
        int n = data.points(), batch = Math.min(cfg.batchSize(), n);
        int stepsPerEpoch = (n + batch - 1) / batch;
        // Small training sets (the first versions of a campaign) get more epochs, so that every version takes
        // at least MIN_STEPS gradient steps: epochs alone would leave them under-trained.
        int epochs = Math.max(cfg.epochs(), (MIN_STEPS + stepsPerEpoch - 1) / stepsPerEpoch);
        int totalSteps = epochs * stepsPerEpoch;
        Random order = new Random(seed * 0x9E3779B97F4A7C15L);
        try (Model model = Model.newInstance("member-" + member, Device.cpu(), TorchRuntime.ENGINE)) {
            model.setBlock(net);
            DefaultTrainingConfig tc = new DefaultTrainingConfig(Loss.l2Loss())
                    .optInitializer(new XavierInitializer(), ai.djl.nn.Parameter.Type.WEIGHT)
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.cosine()
                            .setBaseValue((float) cfg.learningRate()).optFinalValue((float) (cfg.learningRate() / 100))
                            .setMaxUpdates(Math.max(1, totalSteps)).build()).build())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(tc)) {
                trainer.initialize(new Shape(batch, data.inputs()));
                NDArray[] all = data.all(trainer.getManager());
                int[] perm = new int[n];
                for (int i = 0; i < n; i++) {
                    perm[i] = i;
                }
                for (int epoch = 0; epoch < epochs; epoch++) {
                    shuffle(perm, order);
                    for (int start = 0; start < n; start += batch) {
                        int b = Math.min(batch, n - start);
                        try (NDManager step = trainer.getManager().newSubManager()) {
                            NDArray[] t = TrainingTensors.gather(step, all, perm, start, b, data.bins(), data.nodes());
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray y = trainer.forward(new NDList(t[0])).singletonOrThrow();
                                NDArray loss = TrainingTensors.loss(y, t[1], t[2], t[3], data.bins(), h.grid().size());
                                gc.backward(loss);
                            }
                            trainer.step();
                        }
                    }
                }
            }
            // Copy the trained weights into a block owned by the ensemble's manager, which outlives the model.
            return copyInto(owner, net, h);
        }
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static Block copyInto(NDManager owner, Block trained, Header h) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                trained.saveParameters(out);
            }
            Block copy = network(h);
            copy.initialize(owner, DataType.FLOAT32, new Shape(1, h.space().dimensions()));
            copy.loadParameters(owner, new DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
            return copy;
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("could not keep a trained member's weights", e);
        }
    }

    /**
     * Each member's grid output for each point: [member][point][2 * grid size], ρ/c of the cation then the
     * anion. One batched forward pass per member.
     */
    public float[][][] predictGrid(List<Map<String, Double>> points) {
        int n = points.size(), dims = header.space().dimensions();
        float[] x = new float[n * dims];
        for (int i = 0; i < n; i++) {
            double[] u = header.space().scale(points.get(i));
            for (int d = 0; d < dims; d++) {
                x[i * dims + d] = (float) u[d];
            }
        }
        float[][][] out = new float[blocks.size()][][];
        synchronized (this) {
            try (NDManager call = manager.newSubManager()) {
                NDArray in = call.create(x, new Shape(n, dims));
                ParameterStore ps = new ParameterStore(call, false);
                for (int m = 0; m < blocks.size(); m++) {
                    float[] flat = blocks.get(m).forward(ps, new NDList(in), false).singletonOrThrow().toFloatArray();
                    int width = flat.length / Math.max(1, n);
                    out[m] = new float[n][];
                    for (int i = 0; i < n; i++) {
                        out[m][i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Predictions for {@code points}, each placed on {@code layouts.get(i)} and scaled by its bulk
     * concentration {@code concentrations[i]} (mol/L).
     */
    public List<ProfilePrediction> predict(List<Map<String, Double>> points, List<BinLayout> layouts,
                                           double[] concentrations) {
        float[][][] g = predictGrid(points);
        int members = g.length, size = header.grid().size();
        List<ProfilePrediction> out = new ArrayList<>(points.size());
        double[] y = new double[2 * size];
        for (int i = 0; i < points.size(); i++) {
            BinLayout l = layouts.get(i);
            double[][] sum = new double[2][l.bins()], sumSq = new double[2][l.bins()];
            for (int m = 0; m < members; m++) {
                for (int k = 0; k < y.length; k++) {
                    y[k] = g[m][i][k];
                }
                for (int s = 0; s < 2; s++) {
                    for (int b = 0; b < l.bins(); b++) {
                        double v = header.grid().valueAt(y, s * size, l.fromContact(s, b)) * concentrations[i];
                        sum[s][b] += v;
                        sumSq[s][b] += v * v;
                    }
                }
            }
            double[][] mean = new double[2][l.bins()], spread = new double[2][l.bins()];
            for (int s = 0; s < 2; s++) {
                for (int b = 0; b < l.bins(); b++) {
                    mean[s][b] = sum[s][b] / members;
                    // Sample standard deviation across members (n - 1): five members underestimate otherwise.
                    double var = (sumSq[s][b] - members * mean[s][b] * mean[s][b]) / (members - 1);
                    spread[s][b] = Math.sqrt(Math.max(0, var));
                }
            }
            out.add(new ProfilePrediction(l, mean, spread));
        }
        return out;
    }

    /** Predictions on the bins of simulated points (for metrics and parity plots). */
    public List<ProfilePrediction> predictResults(List<ProfileResult> results) {
        return predict(results.stream().map(ProfileResult::params).toList(), results.stream().map(BinLayout::of).toList(),
                results.stream().mapToDouble(ProfileResult::concentrationM).toArray());
    }

    /** Writes the ensemble (a small JSON header, then each member's weights) atomically to {@code file}. */
    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            byte[] head = JSON.writeValueAsBytes(header);
            out.writeInt(head.length);
            out.write(head);
            for (Block b : blocks) {
                b.saveParameters(out);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static SurrogateEnsemble load(Path file, int threads) throws IOException {
        Engine engine = TorchRuntime.engine(threads);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not an MDScape surrogate");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException(file + " has surrogate format " + format + "; this version reads " + FORMAT);
            }
            byte[] head = in.readNBytes(in.readInt());
            Header header = JSON.readValue(new String(head, StandardCharsets.UTF_8), Header.class);
            NDManager manager = engine.newBaseManager(Device.cpu());
            List<Block> blocks = new ArrayList<>();
            try {
                for (int m = 0; m < header.members(); m++) {
                    Block b = network(header);
                    b.initialize(manager, DataType.FLOAT32, new Shape(1, header.space().dimensions()));
                    b.loadParameters(manager, in);
                    blocks.add(b);
                }
            } catch (MalformedModelException | RuntimeException e) {
                manager.close();
                throw new IOException(file + " holds damaged weights: " + e.getMessage(), e);
            }
            return new SurrogateEnsemble(header, manager, blocks);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
