package org.mdscape.engine.campaign;

import java.util.Map;
import org.mdscape.engine.run.ElectrolyteResult;

/**
 * What a finished job stores.
 *
 * @param json     the run's result.json, as the standalone runner writes it
 * @param scalars  named scalars in a stable order (export columns)
 * @param profile  density profiles (electrolyte), or null
 */
record JobResult(String json, Map<String, Double> scalars, ElectrolyteResult.Profile profile) {
}
