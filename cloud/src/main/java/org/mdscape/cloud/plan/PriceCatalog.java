package org.mdscape.cloud.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Prices per machine type, with where they come from and as of when: every plan quotes both. */
public interface PriceCatalog {
    Optional<MachinePrice> find(String machineType);

    List<MachinePrice> all();

    String region();

    String source();

    LocalDate asOf();
}
