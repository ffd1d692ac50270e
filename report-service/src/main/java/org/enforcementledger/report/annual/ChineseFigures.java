package org.enforcementledger.report.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.enforcementledger.report.casefile.MatterSource;
import org.enforcementledger.report.casefile.PenaltyKind;
import org.enforcementledger.report.summary.Rate;

/** How Chinese enforcement reports state figures ("4000 余元", "40 余次", "发生率为 0"). */
final class ChineseFigures {

    private ChineseFigures() {
    }

    /**
     * A figure as reports round it: below 10 exactly; otherwise its leading digit followed by zeros, and "余" when
     * that is less than the figure (42 → "40 余", 4150.00 → "4000 余", 4000 → "4000").
     */
    static String approximately(BigDecimal value) {
        if (value.compareTo(BigDecimal.TEN) < 0) {
            return plain(value);
        }
        BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
        BigDecimal unit = BigDecimal.TEN.pow(whole.toPlainString().length() - 1);
        BigDecimal rounded = whole.divide(unit, 0, RoundingMode.DOWN).multiply(unit);
        return rounded.compareTo(value) == 0 ? rounded.toPlainString() : rounded.toPlainString() + " 余";
    }

    static String approximately(long value) {
        return approximately(BigDecimal.valueOf(value));
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
