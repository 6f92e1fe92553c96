package org.mdscape.cloud.plan;

/**
 * What one machine family costs per resource in one region, from its per-vCPU and per-GiB SKUs (US dollars
 * per vCPU-hour and per GiB-hour). A predefined machine type costs vCPUs × core rate + GiB × RAM rate.
 *
 * @param family the machine-type prefix: n1, n2, n2d, c2, e2, ...
 * @param preemptibleCore the "Preemptible" usage type, which Spot and legacy preemptible VMs share
 */
public record FamilyRate(String family, double onDemandCore, double onDemandRam, double preemptibleCore,
        double preemptibleRam) {
    public FamilyRate {
        if (!(onDemandCore > 0) || !(onDemandRam > 0) || !(preemptibleCore > 0) || !(preemptibleRam > 0)) {
            throw new IllegalArgumentException("a family rate needs four positive prices: " + family);
        }
    }

    /** This family's price of a machine of the given size, from the dated table's shape of it. */
    MachinePrice price(String machineType, int vcpus, double memoryGib) {
        return new MachinePrice(machineType, vcpus, memoryGib, vcpus * onDemandCore + memoryGib * onDemandRam,
                vcpus * preemptibleCore + memoryGib * preemptibleRam);
    }
}
