package org.mdscape.cloud.preemption;

/** A model together with where it came from, so that every plan can say which model and data it used. */
public record AttributedModel(PreemptionModel model, String source) {
}
