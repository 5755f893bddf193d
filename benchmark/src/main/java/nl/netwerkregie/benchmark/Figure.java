package nl.netwerkregie.benchmark;

/**
 * One line of the result: a measured value, the physical limit it is measured against in the same
 * run ({@code null} when there is none), their ratio, the target and whether it is met.
 */
record Figure(
        String name,
        double value,
        String unit,
        Double limit,
        String limitName,
        Double ratio,
        String target,
        Boolean met,
        String note) {}
