package org.mdscape.cloud.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A fixed table of prices with its date and source. {@link #US_CENTRAL1} is the built-in default.
 *
 * <p>Its rows are copied from the us-central1 rows of SkyPilot's public GCP catalog
 * (github.com/skypilot-org/skypilot-catalog, {@code catalogs/v7/gcp/vms.csv}, commit 017e2502), which is
 * generated from Google's Cloud Billing Catalog, read on 2026-11-25. n1-highcpu-4 was read in us-west1,
 * which bills n1 at the us-central1 rate in every other row read. On-demand n1 prices equal
 * $0.031611 per vCPU-hour plus $0.004237 per GB-hour. Spot prices change up to once a month; legacy
 * preemptible VMs are billed at Spot prices, so both use the Spot column.
 */
public final class DatedPriceTable implements PriceCatalog {
    public static final DatedPriceTable US_CENTRAL1 = new DatedPriceTable("us-central1",
            "SkyPilot GCP catalog (catalogs/v7/gcp/vms.csv, commit 017e2502), generated from the Cloud Billing Catalog",
            LocalDate.of(2026, 11, 25), List.of(
                    new MachinePrice("n1-standard-1", 1, 3.75, 0.0475, 0.01204),
                    new MachinePrice("n1-highcpu-2", 2, 1.8, 0.07085, 0.01814),
                    new MachinePrice("n1-highcpu-4", 4, 3.6, 0.1417, 0.03627),
                    new MachinePrice("n1-highcpu-8", 8, 7.2, 0.2834, 0.07254),
                    new MachinePrice("n1-highcpu-16", 16, 14.4, 0.56679, 0.14509),
                    new MachinePrice("n1-highcpu-32", 32, 28.8, 1.13358, 0.29017),
                    new MachinePrice("n1-highcpu-64", 64, 57.6, 2.26715, 0.58034),
                    new MachinePrice("n2-highcpu-4", 4, 4, 0.14339, 0.041),
                    new MachinePrice("n2-highcpu-32", 32, 32, 1.14714, 0.328),
                    new MachinePrice("n2-highcpu-48", 48, 48, 1.7207, 0.492)));

    private final String region;
    private final String source;
    private final LocalDate asOf;
    private final List<MachinePrice> prices;

    public DatedPriceTable(String region, String source, LocalDate asOf, List<MachinePrice> prices) {
        this.region = region;
        this.source = source;
        this.asOf = asOf;
        this.prices = List.copyOf(prices);
    }

    @Override
    public Optional<MachinePrice> find(String machineType) {
        return prices.stream().filter(p -> p.machineType().equals(machineType)).findFirst();
    }

    @Override
    public List<MachinePrice> all() {
        return prices;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }
}
