/**
 * How long a preemptible or Spot VM lives: lifetime models ({@link PreemptionModel}: the SciSpot bathtub,
 * exponential, Weibull, Kaplan-Meier), histories of real VM lifetimes with censoring, fitting, sampling.
 * Times are in hours throughout.
 */
package org.mdscape.cloud.preemption;
