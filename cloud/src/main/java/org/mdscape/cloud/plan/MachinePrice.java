package org.mdscape.cloud.plan;

/** One machine type's size and hourly prices in one region (US dollars per VM-hour). */
public record MachinePrice(String machineType, int vcpus, double memoryGb, double onDemandPerHour, double spotPerHour) {
    public MachinePrice {
        if (vcpus < 1 || !(onDemandPerHour > 0) || !(spotPerHour > 0)) {
            throw new IllegalArgumentException("a machine price needs vCPUs >= 1 and positive prices: " + machineType);
        }
    }
}
