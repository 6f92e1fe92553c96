package org.mdscape.engine.surrogate;

import ai.djl.engine.Engine;
import java.nio.file.Path;

/**
 * Starts DJL's PyTorch engine the one way MDScape allows: offline (the CPU native library comes from the
 * pytorch-native-cpu jar on the classpath and is extracted once into the user's data folder; DJL never
 * downloads anything), without usage tracking, and with a fixed number of intra-op threads so that
 * training is repeatable and never takes every core from running simulations.
 */
final class TorchRuntime {
    static final String ENGINE = "PyTorch";
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("ai.djl");
    private static final java.util.logging.Logger CUDA_PROBE = java.util.logging.Logger.getLogger("ai.djl.util.cuda");
    private static Engine engine;

    private TorchRuntime() {
    }

    /**
     * The engine, started on first use with {@code threads} intra-op threads (later calls keep the first
     * count: PyTorch fixes it per process).
     */
    static synchronized Engine engine(int threads) {
        if (engine == null) {
            Path cache = UserDataFolder.locate().resolve("djl");
            setIfAbsent("ai.djl.offline", "true");
            setIfAbsent("OPT_OUT_TRACKING", "true");
            setIfAbsent("DJL_CACHE_DIR", cache.toString());
            setIfAbsent("ENGINE_CACHE_DIR", cache.resolve("engines").toString());
            setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(Math.max(1, threads)));
            setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
            // DJL reports engine details at INFO on every start; keep the command line's output to what matters.
            QUIET.setLevel(java.util.logging.Level.WARNING);
            // It also probes for CUDA even for the CPU engine and warns when a machine has CUDA libraries but
            // no usable driver; MDScape trains on the CPU, so that probe says nothing the user can act on.
            CUDA_PROBE.setLevel(java.util.logging.Level.SEVERE);
            try {
                engine = Engine.getEngine(ENGINE);
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                throw new IllegalStateException("the PyTorch engine could not start (its native library ships in"
                        + " the pytorch-native-cpu jar for linux-x86_64; is it on the classpath?): " + e.getMessage(), e);
            }
        }
        return engine;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null && System.getenv(key) == null) {
            System.setProperty(key, value);
        }
    }
}
