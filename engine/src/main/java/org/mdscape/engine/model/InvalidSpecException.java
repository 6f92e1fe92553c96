package org.mdscape.engine.model;

import java.util.List;

/** Thrown when a spec cannot be simulated; carries every problem found, not only the first. */
public final class InvalidSpecException extends IllegalArgumentException {
    private final List<SpecProblem> problems;

    public InvalidSpecException(List<SpecProblem> problems) {
        super(problems.isEmpty() ? "invalid spec" : problems.getFirst().toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
