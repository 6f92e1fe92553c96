/**
 * Immutable specs of what is simulated. Each validates itself and says what is wrong in a
 * scientist's words; nothing here knows how a simulation runs.
 */
package org.mdscape.engine.model;
