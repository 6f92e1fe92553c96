package org.mdscape.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A running simulation (OpenMM's Context): a system, its state, the platform's kernels, an integrator
 * and periodic observers. Not thread-safe; one thread drives it.
 */
public final class Simulation {
    private record Scheduled(Observer observer, long period) {
    }

    private final MolecularSystem system;
    private final State state;
    private final Platform platform;
    private final ForceEvaluator evaluator;
    private final Integrator integrator;
    private final ForceResult forces;
    private final List<Scheduled> observers = new ArrayList<>();
    private final double[] inverseMass;
    private final SeededRandom random;
    private long sortPeriod;
    private double sortCellSize = 1.0;
    private boolean forcesCurrent;
    private boolean energyCurrent;

    public Simulation(MolecularSystem system, State state, Platform platform, Integrator integrator, SeededRandom random) {
        if (state.size() != system.particleCount()) {
            throw new IllegalArgumentException("state has " + state.size() + " particles, system " + system.particleCount());
        }
        this.system = system;
        this.state = state;
        this.platform = platform;
        this.evaluator = platform.createEvaluator(system);
        this.integrator = integrator;
        this.random = random;
        this.forces = new ForceResult(state.size());
        this.inverseMass = new double[state.size()];
        refreshInverseMasses();
    }

    private void refreshInverseMasses() {
        for (int k = 0; k < state.size(); k++) {
            inverseMass[k] = 1 / system.mass(state.ids[k]);
        }
    }

    public MolecularSystem system() {
        return system;
    }

    public State state() {
        return state;
    }

    public Platform platform() {
        return platform;
    }

    public Integrator integrator() {
        return integrator;
    }

    /** What the platform's kernels chose for this system (cutoffs, Ewald parameters). */
    public String kernelDescription() {
        return evaluator.description();
    }

    public SeededRandom random() {
        return random;
    }

    public double time() {
        return state.step * integrator.timestep();
    }

    /** Adds an observer that fires every {@code period} steps. Add a checkpoint writer last. */
    public void addObserver(Observer observer, long period) {
        if (period < 1) {
            throw new IllegalArgumentException("observer period must be at least 1 step");
        }
        observers.add(new Scheduled(observer, period));
    }

    public List<Observer> observers() {
        return observers.stream().map(Scheduled::observer).toList();
    }

    /**
     * Reorders particles in memory by space every {@code period} steps (0 = never). Sorting happens only
     * on fixed steps, so resumed runs sort exactly where uninterrupted ones do.
     */
    public void setSortPeriod(long period, double cellSize) {
        this.sortPeriod = period;
        this.sortCellSize = cellSize;
    }

    /** Forces at the current positions (valid after the first step or {@link #ensureForces()}). */
    public ForceResult forces() {
        return forces;
    }

    /** Potential energy at the current step; computed on demand if the step did not compute it. */
    public double potentialEnergy() {
        ensureEnergy();
        return forces.potentialEnergy;
    }

    /** Virial tensor (xx, yy, zz, xy, xz, yz) at the current step. */
    public double[] virial() {
        ensureEnergy();
        return forces.virial.clone();
    }

    private void ensureEnergy() {
        if (!energyCurrent) {
            evaluator.compute(state, forces, true);
            forcesCurrent = true;
            energyCurrent = true;
        }
    }

    public void ensureForces() {
        if (!forcesCurrent) {
            boolean withEnergy = energyNeededAt(state.step);
            evaluator.compute(state, forces, withEnergy);
            forcesCurrent = true;
            energyCurrent = withEnergy;
        }
    }

    /** Called by integrators after positions moved: computes forces (and energy if an observer needs it). */
    public void computeForces() {
        forcesCurrent = false;
        energyCurrent = false;
        ensureForces();
    }

    private boolean energyNeededAt(long step) {
        for (Scheduled s : observers) {
            if (step % s.period == 0 && s.observer.needsEnergy()) {
                return true;
            }
        }
        return false;
    }

    /** v += dt F / m. */
    public void kick(double dt) {
        double[] vx = state.vx, vy = state.vy, vz = state.vz;
        for (int i = 0; i < vx.length; i++) {
            double a = dt * inverseMass[i];
            vx[i] += a * forces.fx[i];
            vy[i] += a * forces.fy[i];
            vz[i] += a * forces.fz[i];
        }
    }

    /** x += dt v, wrapped into the box; advances the step counter. */
    public void drift(double dt) {
        Box box = system.box();
        double lx = box.lx(), ly = box.ly(), lz = box.lz();
        double[] x = state.x, y = state.y, z = state.z;
        if (box.periodicZ()) {
            for (int i = 0; i < x.length; i++) {
                x[i] = State.wrap(x[i] + dt * state.vx[i], lx);
                y[i] = State.wrap(y[i] + dt * state.vy[i], ly);
                z[i] = State.wrap(z[i] + dt * state.vz[i], lz);
            }
        } else {
            // Walls keep z inside the slab; it is never wrapped.
            for (int i = 0; i < x.length; i++) {
                x[i] = State.wrap(x[i] + dt * state.vx[i], lx);
                y[i] = State.wrap(y[i] + dt * state.vy[i], ly);
                z[i] += dt * state.vz[i];
            }
        }
        state.step++;
        forcesCurrent = false;
        energyCurrent = false;
    }

    public void scaleVelocities(double factor) {
        for (int i = 0; i < state.size(); i++) {
            state.vx[i] *= factor;
            state.vy[i] *= factor;
            state.vz[i] *= factor;
        }
    }

    public double kineticEnergy() {
        double ke = 0;
        for (int i = 0; i < state.size(); i++) {
            double v2 = state.vx[i] * state.vx[i] + state.vy[i] * state.vy[i] + state.vz[i] * state.vz[i];
            ke += v2 / inverseMass[i];
        }
        return 0.5 * ke;
    }

    /** Kinetic part of the pressure tensor times volume: sum m v_a v_b (xx, yy, zz, xy, xz, yz). */
    public double[] kineticTensor() {
        double[] k = new double[6];
        for (int i = 0; i < state.size(); i++) {
            double m = 1 / inverseMass[i];
            double vx = state.vx[i], vy = state.vy[i], vz = state.vz[i];
            k[0] += m * vx * vx;
            k[1] += m * vy * vy;
            k[2] += m * vz * vz;
            k[3] += m * vx * vy;
            k[4] += m * vx * vz;
            k[5] += m * vy * vz;
        }
        return k;
    }

    /**
     * Runs until the step counter reaches {@code endStep}. Observers fire on step 0 of a fresh run and
     * after every step that is a multiple of their period. {@code progress} receives the step after each
     * step (may be null). Observers are finished even if the run fails.
     */
    public void runUntil(long endStep, LongConsumer progress) {
        try {
            if (state.step == 0) {
                fireObservers();
            }
            while (state.step < endStep) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new RunInterruptedException(state.step);
                }
                ensureForces();
                integrator.step(this);
                if (sortPeriod > 0 && state.step % sortPeriod == 0) {
                    sortBySpace();
                }
                fireObservers();
                if (progress != null) {
                    progress.accept(state.step);
                }
            }
        } finally {
            for (Scheduled s : observers) {
                s.observer.finish(this);
            }
        }
    }

    private void sortBySpace() {
        state.permute(SpatialOrder.byCell(state, system.box(), sortCellSize));
        refreshInverseMasses();
        // Recompute in the new order so that forces are a function of (positions, layout) only.
        computeForces();
    }

    private void fireObservers() {
        for (Scheduled s : observers) {
            if (state.step % s.period == 0) {
                s.observer.observe(this);
            }
        }
    }

    /** Restores slot layout-dependent caches after a checkpoint was loaded into the state. */
    void afterRestore() {
        refreshInverseMasses();
        forcesCurrent = false;
        energyCurrent = false;
    }
}
