package org.mdscape.engine.run;

/** Statistical ensemble a run samples. */
public enum Ensemble {
    /** Constant energy: velocity Verlet. */
    NVE,
    /** Constant temperature: Nose-Hoover chain. */
    NVT
}
