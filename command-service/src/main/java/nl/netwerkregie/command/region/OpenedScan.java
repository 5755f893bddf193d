package nl.netwerkregie.command.region;

/** What opening a scan moment answers: its number and the region's version after it. */
public record OpenedScan(int scan, long version) {}
