package org.mdscape.cloud.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Live prices: the Cloud Billing Catalog's per-family rates applied to the machine shapes (vCPUs, GiB) of
 * the dated table. A machine type is priced only when its family's four rates were found; families come from
 * the type's prefix (n1-highcpu-16 is n1).
 */
public final class BillingCatalogPrices implements PriceCatalog {
    private final FetchedRates rates;
    private final boolean fromCache;
    private final List<MachinePrice> prices;

    public BillingCatalogPrices(FetchedRates rates, List<MachinePrice> shapes, boolean fromCache) {
        this.rates = rates;
        this.fromCache = fromCache;
        List<MachinePrice> priced = new ArrayList<>();
        for (MachinePrice shape : shapes) {
            rates.family(family(shape.machineType()))
                    .ifPresent(f -> priced.add(f.price(shape.machineType(), shape.vcpus(), shape.memoryGb())));
        }
        this.prices = List.copyOf(priced);
    }

    static String family(String machineType) {
        int dash = machineType.indexOf('-');
        return dash < 0 ? machineType : machineType.substring(0, dash);
    }

    public FetchedRates rates() {
        return rates;
    }

    public boolean fromCache() {
        return fromCache;
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
        return rates.region();
    }

    @Override
    public String source() {
        return "Cloud Billing Catalog, fetched " + rates.fetchedAt() + " (Compute Engine per-vCPU and per-GiB SKUs, "
                + rates.skuCount() + " read; list prices, no sustained-use discounts)";
    }

    @Override
    public LocalDate asOf() {
        return LocalDate.ofInstant(rates.fetchedAt(), ZoneOffset.UTC);
    }
}
