/** Small statistics for simulation output: block averages for correlated series, line fits for drifts. */
package org.mdscape.engine.stats;
