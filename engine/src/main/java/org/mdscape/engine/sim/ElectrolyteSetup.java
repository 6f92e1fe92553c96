package org.mdscape.engine.sim;

import java.util.List;
import org.mdscape.engine.model.ConfinedElectrolyte;

/**
 * Builds the system and initial state of a {@link ConfinedElectrolyte} in reduced units: length = the
 * smaller ion diameter d, energy = k_BT, mass = 1 (DESIGN.md section 3). Species 0 are cations, 1 anions.
 */
public final class ElectrolyteSetup {
    public static final int CATION = 0;
    public static final int ANION = 1;
    /** Period of the replicated system in z over the slab width (empty space for the slab correction). */
    public static final double SLAB_FACTOR = 3.0;

    private ElectrolyteSetup() {
    }

    public static MolecularSystem system(ConfinedElectrolyte spec) {
        spec.validated();
        double unit = spec.lengthUnitNm();
        int np = spec.cations(), nn = spec.anions();
        int[] speciesOf = new int[np + nn];
        for (int i = np; i < np + nn; i++) {
            speciesOf[i] = ANION;
        }
        List<Species> species = List.of(
                // Element symbols that readers accept: P for the cation, N for the anion (see notes on file formats).
                new Species("cation", "P", 1.0, spec.zPlus(), spec.dPlusNm() / unit),
                new Species("anion", "N", 1.0, spec.zMinus(), spec.dMinusNm() / unit));
        Box box = Box.slab(spec.lateralNm() / unit, spec.hNm() / unit);
        return new MolecularSystem(species, speciesOf, box, List.of(
                new WcaForce(1.0),
                new WallForce(spec.wall(), 1.0),
                new SlabEwaldForce(spec.bjerrumNm() / unit, spec.accuracy(), SLAB_FACTOR)));
    }

    /**
     * Ions on a simple cubic lattice filling the slab that every ion can reach (|z| &lt;= (h - d_max)/2),
     * sites shuffled by the seed, then Maxwell velocities at T = 1.
     */
    public static State initialState(MolecularSystem system, SeededRandom random) {
        int n = system.particleCount();
        Box box = system.box();
        double dMax = 0;
        for (Species s : system.species()) {
            dMax = Math.max(dMax, s.diameter());
        }
        double zMax = Math.max(0, (box.lz() - dMax) / 2 * 0.98);
        double a = Math.cbrt(box.lx() * box.ly() * Math.max(2 * zMax, 1e-3) / n);
        int nx, ny, nz;
        while (true) {
            nx = Math.max(1, (int) Math.floor(box.lx() / a));
            ny = Math.max(1, (int) Math.floor(box.ly() / a));
            nz = Math.max(1, (int) Math.floor(2 * zMax / a) + 1);
            if ((long) nx * ny * nz >= n) {
                break;
            }
            a *= 0.98;
        }
        int sites = nx * ny * nz;
        int[] order = new int[sites];
        for (int i = 0; i < sites; i++) {
            order[i] = i;
        }
        for (int i = sites - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        State s = new State(n);
        double ax = box.lx() / nx, ay = box.ly() / ny, az = nz > 1 ? 2 * zMax / (nz - 1) : 0;
        for (int i = 0; i < n; i++) {
            int site = order[i];
            int ix = site % nx, iy = (site / nx) % ny, iz = site / (nx * ny);
            s.x[i] = (ix + 0.5) * ax;
            s.y[i] = (iy + 0.5) * ay;
            s.z[i] = nz > 1 ? -zMax + iz * az : 0;
        }
        LennardJonesSetup.maxwellVelocities(s, 1.0, random);
        return s;
    }
}
