/**
 * What a bag of jobs costs and how long it takes on transient VMs: expected running times (SciSpot's
 * formulas), checkpoint planning, job-VM age matching, a discretised estimator of makespan and cost per
 * option, the Monte-Carlo simulator that checks it, prices, and the planner that picks the cheapest option
 * meeting a deadline. Times in hours, money in US dollars.
 */
package org.mdscape.cloud.plan;
