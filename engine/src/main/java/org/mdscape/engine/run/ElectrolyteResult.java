package org.mdscape.engine.run;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a finished confined-electrolyte run reports (serialised as result.json). Densities in mol/L. */
public record ElectrolyteResult(String model, ElectrolyteRun run, Ions ions, BoxSize box, Profile profile,
                                Scalars scalars, Thermo thermo, Performance performance, long startStep,
                                long endStep, String electrostatics) {

    public record Ions(int positive, int negative) {
    }

    public record BoxSize(@JsonProperty("lateral_nm") double lateralNm, @JsonProperty("h_nm") double hNm,
                          @JsonProperty("unit_nm") double unitNm) {
    }

    /** Arrays of equal length; {@code contact[k]} marks the extra bins centred on contact positions. */
    public record Profile(@JsonProperty("z_nm") double[] zNm, boolean[] contact,
                          @JsonProperty("rhoPlus_M") double[] rhoPlus, @JsonProperty("rhoPlusErr_M") double[] rhoPlusErr,
                          @JsonProperty("rhoMinus_M") double[] rhoMinus, @JsonProperty("rhoMinusErr_M") double[] rhoMinusErr,
                          int samples) {
    }

    public record Scalars(@JsonProperty("contactPlus_M") double contactPlus,
                          @JsonProperty("contactMinus_M") double contactMinus,
                          @JsonProperty("peakPlus_M") double peakPlus, @JsonProperty("peakMinus_M") double peakMinus,
                          @JsonProperty("centerPlus_M") double centerPlus, @JsonProperty("centerMinus_M") double centerMinus) {
    }

    public record Thermo(Estimate temperature, Estimate potentialEnergyPerIon, Estimate kineticEnergyPerIon,
                         double conservedEnergyDrift) {
    }
}
