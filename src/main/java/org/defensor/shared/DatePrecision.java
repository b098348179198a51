package org.defensor.shared;

/** How much of a {@link FuzzyDate} is known: sources often give only a month, a year or an estimate. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    APPROXIMATE,
    UNKNOWN
}
