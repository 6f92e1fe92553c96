package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mdscape.cloud.preemption.AttributedModel;
import org.mdscape.cloud.preemption.DefaultModels;
import org.mdscape.cloud.preemption.HistoryFile;
import org.mdscape.cloud.preemption.MalformedHistoryException;
import org.mdscape.cloud.preemption.PreemptionHistory;

/** Reading a preemption history named on the command line, and models and numbers as JSON. */
final class PlanModels {
    private PlanModels() {
    }

    /** The Spot model fitted to a history file; any problem with the file is bad input for {@code option}. */
    static AttributedModel fittedFrom(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new UsageError(option, "no such file: " + file);
        }
        PreemptionHistory history;
        try {
            history = HistoryFile.read(file);
        } catch (MalformedHistoryException e) {
            throw new UsageError(option, e.getMessage());
        }
        try {
            return DefaultModels.spot(history);
        } catch (IllegalArgumentException e) {
            throw new UsageError(option, file + ": " + e.getMessage());
        }
    }

    static ObjectNode json(AttributedModel m) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("family", m.model().family());
        ObjectNode p = node.putObject("parameters");
        for (Map.Entry<String, Double> e : m.model().parameters().entrySet()) {
            number(p, e.getKey(), e.getValue());
        }
        node.put("source", m.source());
        return node;
    }

    /** JSON has no infinity: a bag that never finishes has null times and costs. */
    static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
