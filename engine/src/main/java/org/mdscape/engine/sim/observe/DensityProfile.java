package org.mdscape.engine.sim.observe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.mdscape.engine.sim.CheckpointedObserver;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.Simulation;
import org.mdscape.engine.sim.State;

/**
 * Number density of each species along z in a slab, sampled every period after equilibration.
 *
 * <p>Bins: regular bins of width w symmetric about the mid-plane (centres at +-(k + 1/2) w) covering
 * the slab, plus extra bins of the same width centred exactly on given contact positions (they overlap
 * the regular ones and are reported separately; sums over z use the regular bins only). Errors come
 * from block averages: production is cut into a fixed number of blocks whose means are treated as
 * independent.
 */
public final class DensityProfile implements CheckpointedObserver {
    /** What a profile reports per species: densities in particles per reduced volume, with errors. */
    public record Result(double[] z, boolean[] contact, double[][] density, double[][] stderr, int samples) {
    }

    private final MolecularSystem system;
    private final long equilibrationSteps;
    private final double width;
    private final double[] centres;
    private final boolean[] contact;
    private final int blocks;
    private final long samplesPerBlock;
    /** counts[block][species][bin] summed over the block's samples. */
    private final double[][][] counts;
    private final long[] samplesInBlock;
    private long samples;

    /**
     * @param binWidth          bin width w (reduced units)
     * @param contactPositions  |z| of contact bins to add (each at + and -)
     * @param expectedSamples   production samples the run will take, to size the blocks
     */
    public DensityProfile(MolecularSystem system, long equilibrationSteps, double binWidth, double[] contactPositions,
                          long expectedSamples, int blocks) {
        if (system.box().periodicZ()) {
            throw new IllegalArgumentException("density profiles along z need a slab box");
        }
        this.system = system;
        this.equilibrationSteps = equilibrationSteps;
        this.width = binWidth;
        Layout layout = layout(system.box().lz() / 2, binWidth, contactPositions);
        centres = layout.centres();
        contact = layout.contact();
        int total = centres.length;

        this.blocks = Math.max(2, blocks);
        this.samplesPerBlock = Math.max(1, expectedSamples / this.blocks);
        counts = new double[this.blocks][system.species().size()][total];
        samplesInBlock = new long[this.blocks];
    }

    /** Bin centres in reduced units, ordered by z, and which of them are the extra contact bins. */
    public record Layout(double[] centres, boolean[] contact) {
    }

    /**
     * The bins a profile of a slab of half-width {@code half} uses: regular bins of {@code binWidth} laid out
     * from the mid-plane outwards on both sides, plus one bin centred on each contact position at -c and +c.
     * Public so that a surrogate can place predictions on the bins a simulation would have used.
     */
    public static Layout layout(double half, double binWidth, double[] contactPositions) {
        int perSide = (int) Math.ceil(half / binWidth - 1e-9);
        double[] contacts = Arrays.stream(contactPositions).distinct().sorted().toArray();
        int total = 2 * perSide + 2 * contacts.length;
        double[] zs = new double[total];
        boolean[] isContact = new boolean[total];
        int k = 0;
        for (int b = perSide - 1; b >= 0; b--) {
            zs[k++] = -(b + 0.5) * binWidth;
        }
        for (int b = 0; b < perSide; b++) {
            zs[k++] = (b + 0.5) * binWidth;
        }
        for (double c : contacts) {
            zs[k] = -c;
            isContact[k++] = true;
            zs[k] = c;
            isContact[k++] = true;
        }
        // Order by z so that the profile reads left to right; contact bins sit between regular ones.
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(zs[a], zs[b]));
        double[] centres = new double[total];
        boolean[] contact = new boolean[total];
        for (int i = 0; i < total; i++) {
            centres[i] = zs[order[i]];
            contact[i] = isContact[order[i]];
        }
        return new Layout(centres, contact);
    }

    @Override
    public void observe(Simulation sim) {
        State s = sim.state();
        if (s.step < equilibrationSteps) {
            return;
        }
        int block = (int) Math.min(blocks - 1, samples / samplesPerBlock);
        double[][] c = counts[block];
        double halfWidth = width / 2;
        for (int k = 0; k < s.size(); k++) {
            int species = system.speciesOf(s.ids[k]);
            double z = s.z[k];
            // Regular bin by arithmetic; contact bins by search (few of them).
            for (int b = 0; b < centres.length; b++) {
                if (Math.abs(z - centres[b]) < halfWidth || (z - centres[b] == -halfWidth)) {
                    c[species][b]++;
                }
            }
        }
        samplesInBlock[block]++;
        samples++;
    }

    /** Densities per species in particles per reduced volume (divide by the bin volume A w). */
    public Result result() {
        int species = system.species().size();
        double binVolume = system.box().lx() * system.box().ly() * width;
        int used = 0;
        for (long n : samplesInBlock) {
            if (n > 0) {
                used++;
            }
        }
        double[][] mean = new double[species][centres.length];
        double[][] err = new double[species][centres.length];
        for (int sp = 0; sp < species; sp++) {
            for (int b = 0; b < centres.length; b++) {
                double total = 0;
                double[] blockMeans = new double[used];
                int u = 0;
                for (int blk = 0; blk < blocks; blk++) {
                    if (samplesInBlock[blk] > 0) {
                        total += counts[blk][sp][b];
                        blockMeans[u++] = counts[blk][sp][b] / samplesInBlock[blk] / binVolume;
                    }
                }
                mean[sp][b] = samples > 0 ? total / samples / binVolume : Double.NaN;
                if (used >= 2) {
                    double m = Arrays.stream(blockMeans).average().orElse(0);
                    double v = 0;
                    for (double x : blockMeans) {
                        v += (x - m) * (x - m);
                    }
                    err[sp][b] = Math.sqrt(v / (used - 1) / used);
                } else {
                    err[sp][b] = Double.NaN;
                }
            }
        }
        return new Result(centres.clone(), contact.clone(), mean, err, (int) samples);
    }

    @Override
    public String checkpointKey() {
        return "density-profile";
    }

    @Override
    public byte[] saveState() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeLong(samples);
                for (int blk = 0; blk < blocks; blk++) {
                    out.writeLong(samplesInBlock[blk]);
                    for (double[] perSpecies : counts[blk]) {
                        for (double v : perSpecies) {
                            out.writeDouble(v);
                        }
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void restoreState(byte[] state) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            samples = in.readLong();
            for (int blk = 0; blk < blocks; blk++) {
                samplesInBlock[blk] = in.readLong();
                for (double[] perSpecies : counts[blk]) {
                    for (int b = 0; b < perSpecies.length; b++) {
                        perSpecies[b] = in.readDouble();
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("density profile state does not match this run", e);
        }
    }
}
