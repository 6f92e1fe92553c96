package org.mdscape.cloud.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mdscape.cloud.preemption.AttributedModel;

/**
 * The planner's answer: every option it weighed, the chosen one marked, and the models and prices it used.
 *
 * @param preemptibleModels per machine type
 */
public record BagPlan(PlanRequest request, Map<String, AttributedModel> preemptibleModels, AttributedModel spotModel,
        PriceCatalog prices, List<PlanOption> options) {

    public Optional<PlanOption> chosen() {
        return options.stream().filter(PlanOption::chosen).findFirst();
    }
}
