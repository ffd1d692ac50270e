package org.enforcementledger.report.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.enforcementledger.report.casefile.MatterSource;
import org.enforcementledger.report.casefile.PenaltyKind;
import org.enforcementledger.report.summary.Rate;

/** How Chinese enforcement reports state figures ("4000 余元", "1.9 万余元", "40 余次", "发生率为 0"). */
final class ChineseFigures {

    private ChineseFigures() {
    }

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /**
     * A figure as town reports state it (README, "How figures are written"): below 10 exactly; otherwise rounded down
     * to one significant figure — two when the first is 1, or when the figure is 10,000 or more, which is written in 万
     * (亿) — followed by "余" when that is less than the figure (42 → "40 余", 4,150 → "4000 余", 19,800 → "1.9 万余");
     * but a figure within a tenth of the last written unit below the next round figure is "近" that figure (1,999 →
     * "近 2000", 19,950 → "近 2 万").
     */
    static String approximately(BigDecimal value) {
        if (value.compareTo(BigDecimal.TEN) < 0) {
            return plain(value);
        }
        String whole = value.setScale(0, RoundingMode.DOWN).toPlainString();
        int significant = value.compareTo(WAN) >= 0 || whole.charAt(0) == '1' ? 2 : 1;
        BigDecimal unit = BigDecimal.TEN.pow(whole.length() - significant);
        BigDecimal below = value.divide(unit, 0, RoundingMode.DOWN).multiply(unit);
        BigDecimal next = below.add(unit);
        if (below.compareTo(value) == 0) {
            return written(below);
        }
        if (next.subtract(value).compareTo(unit.movePointLeft(1)) <= 0) {
            return "近 " + written(next);
        }
        return joined(written(below), "余");
    }

    static String approximately(long value) {
        return approximately(BigDecimal.valueOf(value));
    }

    /** An approximated figure with its unit: "4000 余元", "1.9 万余元", "近 2000 元", "2 万元". */
    static String approximately(BigDecimal value, String unit) {
        return joined(approximately(value), unit);
    }

    static String approximately(long value, String unit) {
        return approximately(BigDecimal.valueOf(value), unit);
    }

    /** A round figure as written: in 亿 or 万 from there on (19,000 → "1.9 万"). */
    private static String written(BigDecimal round) {
        if (round.compareTo(YI) >= 0) {
            return plain(round.divide(YI)) + " 亿";
        }
        if (round.compareTo(WAN) >= 0) {
            return plain(round.divide(WAN)) + " 万";
        }
        return plain(round);
    }

    /** Spaced as the town's report writes it: a space between a digit and a character, none between characters. */
    private static String joined(String figure, String suffix) {
        return Character.isDigit(figure.charAt(figure.length() - 1)) ? figure + " " + suffix : figure + suffix;
    }

    /** A decimal without trailing zeros: 8.0 → "8", 12.50 → "12.5". */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    static String yuan(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A rate as a percentage with two decimals, or "0" when nothing happened. */
    static String percent(Rate rate) {
        if (rate.numerator() == 0) {
            return "0";
        }
        return rate.value().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String kind(PenaltyKind kind) {
        return switch (kind) {
            case WARNING -> "警告";
            case PUBLIC_CRITICISM -> "通报批评";
            case FINE -> "罚款";
            case CONFISCATE_ILLEGAL_GAINS -> "没收违法所得";
            case CONFISCATE_ILLEGAL_PROPERTY -> "没收非法财物";
            case SUSPEND_PERMIT -> "暂扣许可证件";
            case LOWER_QUALIFICATION -> "降低资质等级";
            case REVOKE_PERMIT -> "吊销许可证件";
            case RESTRICT_BUSINESS -> "限制开展生产经营活动";
            case ORDER_SUSPENSION -> "责令停产停业";
            case ORDER_CLOSURE -> "责令关闭";
            case RESTRICT_PRACTICE -> "限制从业";
        };
    }

    static String source(MatterSource source) {
        return switch (source) {
            case STATUTORY -> "法定执法";
            case DEVOLVED -> "赋权执法";
            case ENTRUSTED -> "委托执法";
        };
    }
}
