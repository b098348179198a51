package org.defensor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FuzzyDateProperties {

    @Provide
    Arbitrary<FuzzyDate> dates() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 365 * 300)
                .map(n -> LocalDate.of(1850, 1, 1).plusDays(n));
        Arbitrary<DatePrecision> precisions = Arbitraries.of(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR,
                DatePrecision.APPROXIMATE);
        return net.jqwik.api.Combinators.combine(days, precisions).as(FuzzyDate::new);
    }

    @Property
    void formatThenParseGivesTheSameDate(@ForAll("dates") FuzzyDate date) {
        assertThat(FuzzyDate.parse(date.format())).isEqualTo(date);
    }

    @Property
    void theLatestDayIsNeverBeforeTheFirst(@ForAll("dates") FuzzyDate date) {
        assertThat(date.latest()).isAfterOrEqualTo(date.value());
    }

    @Property
    void anyTextIsEitherADateOrAClearError(@ForAll String text) {
        try {
            FuzzyDate parsed = FuzzyDate.parse(text);
            assertThat(FuzzyDate.parse(parsed.format() == null ? "" : parsed.format())).isEqualTo(parsed);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("is not a date");
        }
    }

    @Property
    void impossibleDaysAreRefusedNotRolledOver(@ForAll @IntRange(min = 1900, max = 2100) int year) {
        assertThatThrownBy(() -> FuzzyDate.parse(year + "-02-30")).hasMessageContaining("is not a date of the calendar");
        assertThatThrownBy(() -> FuzzyDate.parse(year + "-13")).hasMessageContaining("is not a date");
    }

    @Property
    void durationsRoundTrip(@ForAll @IntRange(min = 0, max = 10_000_000) int seconds, @ForAll boolean approximate) {
        ApproxDuration d = new ApproxDuration(java.time.Duration.ofSeconds(seconds), approximate);
        assertThat(ApproxDuration.parse(d.format())).isEqualTo(d);
    }
}
