package org.mdscape.engine.sim;

/**
 * A description of one interaction (what, not how). Platforms supply the kernels that evaluate it,
 * as in OpenMM: the same force is computed by the plain Reference platform and by every fast one.
 */
public sealed interface Force permits LennardJonesForce, WcaForce, WallForce, SlabEwaldForce {
}
