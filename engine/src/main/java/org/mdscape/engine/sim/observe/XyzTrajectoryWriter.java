package org.mdscape.engine.sim.observe;

import java.nio.file.Path;
import java.util.Locale;
import org.mdscape.engine.sim.Box;
import org.mdscape.engine.sim.CheckpointedObserver;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.Simulation;
import org.mdscape.engine.sim.Species;
import org.mdscape.engine.sim.State;

/**
 * Writes frames in extended XYZ, the format OVITO, ASE and MDAnalysis read: a count line, a comment
 * line with {@code Lattice}, {@code Properties}, {@code Time} and {@code pbc}, then one line per particle
 * in original particle order, with the species' element symbol and, when the system is charged, a
 * {@code charge} column (ASE's initial charges, OVITO's Charge). In a slab, {@code pbc="T T F"} and an
 * {@code Origin} at the lower wall, since z is centred on the mid-plane. No blank lines between frames
 * (ASE stops at one). Numbers use a dot. The checkpointed state is the file length, so a resumed run
 * first cuts off frames written after the checkpoint.
 */
public final class XyzTrajectoryWriter implements CheckpointedObserver {
    private final MolecularSystem system;
    private final double lengthScale;
    private final boolean charged;
    private final FrameFile out;

    /**
     * @param lengthScale factor from reduced lengths to the file's unit (1 to keep reduced units; the
     *                    ion diameter in nm to write nm)
     */
    public XyzTrajectoryWriter(Path file, MolecularSystem system, double lengthScale) {
        this.out = new FrameFile(file);
        this.system = system;
        this.lengthScale = lengthScale;
        this.charged = system.species().stream().anyMatch(sp -> sp.charge() != 0);
    }

    @Override
    public void observe(Simulation sim) {
        State s = sim.state();
        Box box = system.box();
        double[][] pos = s.positionsByParticle();
        double k = lengthScale;
        StringBuilder b = new StringBuilder(pos.length * 56 + 256);
        b.append(pos.length).append('\n');
        b.append(String.format(Locale.ROOT, "Lattice=\"%s 0 0 0 %s 0 0 0 %s\" Properties=species:S:1:pos:R:3%s Time=%s Step=%d ",
                num(k * box.lx()), num(k * box.ly()), num(k * box.lz()), charged ? ":charge:R:1" : "",
                num(sim.time()), s.step));
        if (box.periodicZ()) {
            b.append("pbc=\"T T T\"\n");
        } else {
            b.append(String.format(Locale.ROOT, "pbc=\"T T F\" Origin=\"0 0 %s\"%n", num(-k * box.lz() / 2)));
        }
        for (int id = 0; id < pos.length; id++) {
            Species sp = system.species().get(system.speciesOf(id));
            double[] p = pos[id];
            b.append(sp.element()).append(' ').append(num(k * p[0])).append(' ').append(num(k * p[1])).append(' ')
                    .append(num(k * p[2]));
            if (charged) {
                b.append(' ').append(sp.charge());
            }
            b.append('\n');
        }
        out.append(b);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }

    @Override
    public void finish(Simulation sim) {
        out.close();
    }

    @Override
    public String checkpointKey() {
        return "trajectory.xyz";
    }

    @Override
    public byte[] saveState() {
        return out.saveState();
    }

    @Override
    public void restoreState(byte[] state) {
        out.restoreState(state);
    }

}
