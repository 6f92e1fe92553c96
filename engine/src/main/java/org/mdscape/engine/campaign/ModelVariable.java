package org.mdscape.engine.campaign;

/**
 * A model setting a spec may fix or sweep.
 *
 * @param name        its key in the spec ("h", "c", ...)
 * @param kind        number, integer, text or flag
 * @param modelFields the names the model's own validation reports it under (e.g. "d" sets "dp" and "dn")
 * @param unit        shown in messages and export headers ("nm", "M", or "" when dimensionless)
 */
record ModelVariable(String name, Kind kind, java.util.List<String> modelFields, String unit) {
    enum Kind { NUMBER, INTEGER, TEXT, FLAG }

    boolean sweepable() {
        return kind == Kind.NUMBER || kind == Kind.INTEGER;
    }
}
