package org.mdscape.engine.campaign;

/**
 * How points are drawn: the full grid of every parameter's levels, or {@code points} draws from the unit
 * hypercube (uniform random, Latin hypercube, Sobol) mapped onto the parameters.
 *
 * @param points number of points for random, LHS and Sobol (0 for a grid, whose size follows from the levels)
 * @param seed   seed of random and LHS draws (Sobol sequences are deterministic)
 */
public record Sampling(SamplingMethod method, int points, long seed) {
}
