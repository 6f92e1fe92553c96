package org.mdscape.cloud.plan;

import com.google.cloud.billing.v1.PricingInfo;
import com.google.cloud.billing.v1.Sku;
import com.google.cloud.billing.v1.PricingExpression.TierRate;
import com.google.protobuf.util.Timestamps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-family vCPU and RAM rates for one region from Compute Engine's SKUs.
 *
 * <p>The catalog has no machine-type prices, only resource SKUs, and nothing but the description tells which
 * family a SKU prices. A SKU counts when its category is Compute, its usage type OnDemand or Preemptible
 * (Spot and legacy preemptible VMs share these), its region list names the region, its unit is "h" (cores)
 * or "GiBy.h" (RAM), and its description is exactly one of the forms below, optionally preceded by
 * "Preemptible " or "Spot Preemptible ":
 *
 * <pre>
 * n1   N1 Predefined Instance Core|Ram running in ...     n2   N2 Instance Core|Ram running in ...
 * n2d  N2D AMD Instance Core|Ram running in ...           c2   Compute optimized Core|Ram running in ...
 * c2d  C2D AMD Instance Core|Ram running in ...           t2d  T2D AMD Instance Core|Ram running in ...
 * e2   E2 Instance Core|Ram running in ...                n4   N4 Instance Core|Ram running in ...
 * c3   C3 Instance Core|Ram running in ...
 * </pre>
 *
 * <p>Exact forms keep out custom and extended-memory machines, sole tenancy, commitments and licences, which
 * are priced differently. Not covered: GPUs and local SSDs (separate SKUs), shared-core types (e2-micro,
 * f1-micro: fractional vCPUs), sustained-use and committed-use discounts (the plan quotes list prices), and
 * families not listed here. When several SKUs of one kind name the region (a multi-region "Americas" SKU
 * beside a city one), the one naming the fewest regions wins. Of a SKU's pricing entries the latest effective
 * one counts, and of its tiers the first (resource SKUs have one).
 */
final class ComputeSkuRates {
    private static final Map<String, String> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("N1 Predefined Instance", "n1");
        FAMILIES.put("N2 Instance", "n2");
        FAMILIES.put("N2D AMD Instance", "n2d");
        FAMILIES.put("Compute optimized", "c2");
        FAMILIES.put("C2D AMD Instance", "c2d");
        FAMILIES.put("T2D AMD Instance", "t2d");
        FAMILIES.put("E2 Instance", "e2");
        FAMILIES.put("N4 Instance", "n4");
        FAMILIES.put("C3 Instance", "c3");
    }

    private static final Pattern DESCRIPTION = Pattern.compile("^(?:Spot Preemptible |Preemptible )?("
            + String.join("|", FAMILIES.keySet().stream().map(Pattern::quote).toList()) + ") (Core|Ram) running in .+$");

    private enum Kind {
        ON_DEMAND_CORE, ON_DEMAND_RAM, PREEMPTIBLE_CORE, PREEMPTIBLE_RAM
    }

    /** One SKU that prices a kind of resource of a family in the region. */
    private record Candidate(double usdPerUnit, int regionCount) {
    }

    private ComputeSkuRates() {
    }

    /** The families for which all four rates (core and RAM, on-demand and preemptible) name the region. */
    static List<FamilyRate> of(List<Sku> skus, String region) {
        Map<String, Map<Kind, Candidate>> found = new LinkedHashMap<>();
        for (Sku sku : skus) {
            Matcher m = DESCRIPTION.matcher(sku.getDescription());
            if (!m.matches() || !sku.getCategory().getResourceFamily().equals("Compute")
                    || !sku.getServiceRegionsList().contains(region)) {
                continue;
            }
            boolean core = m.group(2).equals("Core");
            Kind kind = switch (sku.getCategory().getUsageType()) {
                case "OnDemand" -> core ? Kind.ON_DEMAND_CORE : Kind.ON_DEMAND_RAM;
                case "Preemptible" -> core ? Kind.PREEMPTIBLE_CORE : Kind.PREEMPTIBLE_RAM;
                default -> null;
            };
            Optional<Double> price = unitPrice(sku, core ? "h" : "GiBy.h");
            if (kind == null || price.isEmpty()) {
                continue;
            }
            Candidate candidate = new Candidate(price.get(), sku.getServiceRegionsCount());
            found.computeIfAbsent(FAMILIES.get(m.group(1)), f -> new EnumMap<>(Kind.class))
                    .merge(kind, candidate, (a, b) -> b.regionCount() < a.regionCount() ? b : a);
        }
        List<FamilyRate> rates = new ArrayList<>();
        found.forEach((family, kinds) -> {
            if (kinds.size() == Kind.values().length) {
                rates.add(new FamilyRate(family, kinds.get(Kind.ON_DEMAND_CORE).usdPerUnit(),
                        kinds.get(Kind.ON_DEMAND_RAM).usdPerUnit(), kinds.get(Kind.PREEMPTIBLE_CORE).usdPerUnit(),
                        kinds.get(Kind.PREEMPTIBLE_RAM).usdPerUnit()));
            }
        });
        rates.sort(Comparator.comparing(FamilyRate::family));
        return rates;
    }

    /** US dollars per unit from the latest pricing entry's first tier, if it is in the expected unit and positive. */
    private static Optional<Double> unitPrice(Sku sku, String unit) {
        return sku.getPricingInfoList().stream()
                .max(Comparator.comparing(PricingInfo::getEffectiveTime, Timestamps.comparator()))
                .map(PricingInfo::getPricingExpression)
                .filter(e -> e.getUsageUnit().equals(unit))
                .flatMap(e -> e.getTieredRatesList().stream().min(Comparator.comparingDouble(TierRate::getStartUsageAmount)))
                .map(TierRate::getUnitPrice)
                .filter(money -> money.getCurrencyCode().equals("USD"))
                .map(money -> money.getUnits() + money.getNanos() / 1e9)
                .filter(usd -> usd > 0);
    }
}
