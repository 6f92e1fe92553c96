package org.mdscape.engine.sim.observe;

import java.nio.file.Path;
import java.util.Locale;
import org.mdscape.engine.sim.Box;
import org.mdscape.engine.sim.CheckpointedObserver;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.Simulation;
import org.mdscape.engine.sim.Species;

/**
 * Writes frames in LAMMPS's text dump format, which OVITO, VMD and MDAnalysis read: timestep, atom count,
 * box bounds ({@code pp pp ff} for a slab), then {@code id type element x y z} per atom in id order,
 * the same atoms in every frame. No charge column: Debian 12's ASE crashes on a {@code q} column, and
 * the type already says which ion it is (charges are in the extended-XYZ trajectory).
 */
public final class LammpsDumpWriter implements CheckpointedObserver {
    private final MolecularSystem system;
    private final double lengthScale;
    private final FrameFile out;

    public LammpsDumpWriter(Path file, MolecularSystem system, double lengthScale) {
        this.out = new FrameFile(file);
        this.system = system;
        this.lengthScale = lengthScale;
    }

    @Override
    public void observe(Simulation sim) {
        Box box = system.box();
        double k = lengthScale;
        double[][] pos = sim.state().positionsByParticle();
        StringBuilder b = new StringBuilder(pos.length * 48 + 256);
        b.append("ITEM: TIMESTEP\n").append(sim.state().step).append('\n');
        b.append("ITEM: NUMBER OF ATOMS\n").append(pos.length).append('\n');
        b.append("ITEM: BOX BOUNDS pp pp ").append(box.periodicZ() ? "pp" : "ff").append('\n');
        double zlo = box.periodicZ() ? 0 : -box.lz() / 2;
        b.append(num(0)).append(' ').append(num(k * box.lx())).append('\n');
        b.append(num(0)).append(' ').append(num(k * box.ly())).append('\n');
        b.append(num(k * zlo)).append(' ').append(num(k * (zlo + box.lz()))).append('\n');
        b.append("ITEM: ATOMS id type element x y z\n");
        for (int id = 0; id < pos.length; id++) {
            int type = system.speciesOf(id);
            Species sp = system.species().get(type);
            b.append(id + 1).append(' ').append(type + 1).append(' ').append(sp.element()).append(' ')
                    .append(num(k * pos[id][0])).append(' ').append(num(k * pos[id][1])).append(' ')
                    .append(num(k * pos[id][2])).append('\n');
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
        return "trajectory.lammpstrj";
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
