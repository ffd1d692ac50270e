package org.enforcementledger.report.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures stated the way town reports state them (issue #10): one significant figure below 10,000 (two when the first
 * is 1), two from 10,000 on, written in 万 (亿); "余" when the figure is above what is written, "近" when it is within a
 * tenth of the last written unit below the next round figure.
 */
class ChineseFiguresTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0         | 0",
            "8         | 8",
            "8.50      | 8.5",
            "10        | 10",
            "10.50     | 10 余",
            "40        | 40",
            "42        | 40 余",
            "49        | 近 50",
            "119       | 近 120",
            "150       | 150",
            "199       | 近 200",
            "420       | 400 余",
            "1234      | 1200 余",
            "1999      | 近 2000",
            "4000.00   | 4000",
            "4150      | 4000 余",
            "4150.50   | 4000 余",
            "4899      | 4000 余",
            "4950      | 近 5000",
            "9950      | 近 1 万",
            "10000     | 1 万",
            "12345     | 1.2 万余",
            "19800     | 1.9 万余",
            "19950     | 近 2 万",
            "45300     | 4.5 万余",
            "250000    | 25 万",
            "1234567   | 120 万余",
            "123000000 | 1.2 亿余" })
    void aFigureIsApproximatedAsTownReportsWriteIt(String value, String written) {
        assertThat(ChineseFigures.approximately(new BigDecimal(value))).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "4150.50 | 4000 余元",
            "19800   | 1.9 万余元",
            "1999    | 近 2000 元",
            "4000    | 4000 元",
            "20000   | 2 万元",
            "8.50    | 8.5 元" })
    void anAmountOfMoneyIsWrittenWithItsUnit(String value, String written) {
        assertThat(ChineseFigures.approximately(new BigDecimal(value), "元")).isEqualTo(written);
    }
}
