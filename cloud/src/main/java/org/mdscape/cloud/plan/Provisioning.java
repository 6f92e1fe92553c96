package org.mdscape.cloud.plan;

/** How the VMs are bought. Legacy preemptible VMs live at most 24 h; Spot VMs have no cap; on-demand VMs are not preempted. */
public enum Provisioning {
    PREEMPTIBLE("preemptible"), SPOT("spot"), ON_DEMAND("on-demand");

    private final String label;

    Provisioning(String label) {
        this.label = label;
    }

    /** The name used in tables and JSON. */
    public String label() {
        return label;
    }
}
