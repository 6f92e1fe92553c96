package org.mdscape.engine.model;

/**
 * One thing wrong with a spec, in words a scientist reads.
 *
 * @param field   the name the user knows the setting by (a CLI option or a JSON path)
 * @param message what is wrong and what is allowed, e.g. "must be in (0, 1.2]"
 */
public record SpecProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
