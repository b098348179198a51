package org.defensor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueDisplayTests {

    @Test
    void showsDatesAtThePrecisionTheSourceGave() {
        assertThat(FuzzyDate.parse("2023-07-29").display()).isEqualTo("29 July 2023");
        assertThat(FuzzyDate.parse("2024-05").display()).isEqualTo("May 2024");
        assertThat(FuzzyDate.parse("2017").display()).isEqualTo("2017");
        assertThat(FuzzyDate.parse("~2024-05-13").display()).isEqualTo("about 13 May 2024");
    }

    @Test
    void showsAnApproximateDetentionOfThreeAndAHalfHours() {
        assertThat(ApproxDuration.parse("~PT3H30M").display()).isEqualTo("approx. 3 h 30 min");
        assertThat(ApproxDuration.parse("P10D").display()).isEqualTo("10 days");
    }

    @Test
    void showsAFineInTenge() {
        assertThat(new Money(new BigDecimal("393200"), "KZT").display()).isEqualTo("KZT 393 200");
    }
}
