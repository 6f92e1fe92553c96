package org.mdscape.app.cli;

import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.model.WallModel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The confined-electrolyte model options, shared by simulate, evaluate and bench. Defaults: the reference system. */
final class ElectrolyteOptions {
    @Option(names = "--h", paramLabel = "NM", defaultValue = "3.0", description = "wall separation h in nm (default ${DEFAULT-VALUE})")
    double h;

    @Option(names = "--zp", paramLabel = "Z", defaultValue = "1", description = "cation valency 1..4 (default ${DEFAULT-VALUE})")
    int zPlus;

    @Option(names = "--zn", paramLabel = "Z", defaultValue = "-1", description = "anion valency -1..-4 (default ${DEFAULT-VALUE})")
    int zMinus;

    @Option(names = "--c", paramLabel = "M", defaultValue = "0.5", description = "salt concentration in mol/L (default ${DEFAULT-VALUE})")
    double concentration;

    static final class Diameters {
        @Option(names = "--d", paramLabel = "NM", description = "diameter of both ions in nm (default 0.714)")
        Double both;

        @ArgGroup(exclusive = false)
        Separate separate;
    }

    static final class Separate {
        @Option(names = "--dp", paramLabel = "NM", required = true, description = "cation diameter in nm")
        double plus;

        @Option(names = "--dn", paramLabel = "NM", required = true, description = "anion diameter in nm")
        double minus;
    }

    @ArgGroup(exclusive = true)
    Diameters diameters = new Diameters();

    @Option(names = "--wall", paramLabel = "MODEL", defaultValue = "standard", description = "standard or legacy2019 (default ${DEFAULT-VALUE})")
    String wall;

    @Option(names = "--bjerrum-nm", paramLabel = "L", description = "Bjerrum length in nm (default: water at 298 K, 0.7009)")
    Double bjerrum;

    @Option(names = "--anions", paramLabel = "N", defaultValue = "212", description = "anion count; sets the lateral box (default ${DEFAULT-VALUE})")
    int anions;

    @Option(names = "--box-nm", paramLabel = "L", description = "fixed lateral box edge in nm instead (ion count follows from c)")
    Double box;

    @Option(names = "--accuracy", paramLabel = "A", defaultValue = "1e-4", description = "relative force accuracy of the electrostatics (default ${DEFAULT-VALUE})")
    double accuracy;

    ConfinedElectrolyte spec() {
        WallModel model;
        try {
            model = WallModel.parse(wall);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--wall", "must be standard or legacy2019 (got '" + wall + "')");
        }
        double dp = 0.714, dn = 0.714;
        if (diameters.both != null) {
            dp = dn = diameters.both;
        } else if (diameters.separate != null) {
            dp = diameters.separate.plus;
            dn = diameters.separate.minus;
        }
        return new ConfinedElectrolyte(h, zPlus, zMinus, concentration, dp, dn, model,
                bjerrum != null ? bjerrum : ConfinedElectrolyte.WATER_BJERRUM_NM, anions, box != null ? box : 0, accuracy)
                .validated();
    }
}
