package org.enforcementledger.report.annual;

import static org.enforcementledger.report.annual.ChineseFigures.approximately;
import static org.enforcementledger.report.annual.ChineseFigures.percent;
import static org.enforcementledger.report.annual.ChineseFigures.plain;
import static org.enforcementledger.report.annual.ChineseFigures.yuan;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcementledger.report.casefile.InspectionFigures;
import org.enforcementledger.report.casefile.InspectionFigures.FollowedByAct;
import org.enforcementledger.report.casefile.MatterSource;
import org.enforcementledger.report.casefile.PenaltyKind;
import org.enforcementledger.report.personnel.PersonnelFigures;
import org.enforcementledger.report.summary.Rate;
import org.enforcementledger.report.summary.Summary;
import org.enforcementledger.report.summary.SummaryCache;

/**
 * Writes the statistics part of a town's annual enforcement report (行政执法总体情况的报告) from the year's figures. The
 * sentences follow the figures — what did not happen is said so, not printed as a blank or a zero in a template — and
 * state them the way such reports do ("累计处罚金额 4000 余元", "联合行政检查 40 余次"; {@link ChineseFigures}).
 */
@ApplicationScoped
public class AnnualReportWriter {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final SummaryCache summaries;
    private final PersonnelFigures personnel;
    private final FollowedByAct followedByAct;
    private final ZoneId zone;
    private final Config config;

    public AnnualReportWriter(SummaryCache summaries, PersonnelFigures personnel, InspectionFigures inspections,
            @ConfigProperty(name = "ledger.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone,
            Config config) {
        this.summaries = summaries;
        this.personnel = personnel;
        this.followedByAct = inspections.followedByAct();
        this.zone = zone;
        this.config = config;
    }

    public Document write(String orgUnit, int year) {
        return write(summaries.summary(orgUnit, year));
    }

    /** The report of a summary's town and year, written from that summary (a publication's, say) and nothing newer. */
    public Document write(Summary s) {
        String orgUnit = s.orgUnit();
        int year = s.year();
        // Towns are named in configuration (ledger.report.org-unit-name.<code>); an unnamed one by its code.
        String body = config.getOptionalValue("ledger.report.org-unit-name." + orgUnit, String.class).orElse(orgUnit);
        List<String> lead = new ArrayList<>();
        lead.add("统计期间：" + year + "年1月1日至12月31日。数据由执法台账根据执法记录自动汇总，未经人工填报"
                + (s.asOf() == null ? "；尚无执法记录。" : "，截至 " + AS_OF.format(s.asOf().atZoneSameInstant(zone)) + "。"));

        List<Document.Section> sections = new ArrayList<>();
        sections.add(new Document.Section("一、总体情况", List.of(overview(s)), List.of()));
        sections.add(new Document.Section("二、行政处罚", penalties(s), List.of(kindTable(s))));
        sections.add(new Document.Section("三、行政检查", List.of(inspections(s)), List.of()));
        sections.add(new Document.Section("四、行政强制和行政征收征用", List.of(coercion(s)), List.of()));
        sections.add(new Document.Section("五、行政复议和行政诉讼", List.of(reviews(s)), List.of()));
        sections.add(new Document.Section("六、行政执法人员", personnelParagraphs(s, year), List.of()));
        return new Document(body + year + "年行政执法统计情况", lead, sections);
    }

    /** The report's headline sentence, in the words towns use. */
    private static String overview(Summary s) {
        BigDecimal amount = s.penalties().fineTotal().add(s.penalties().confiscationTotal());
        return s.year() + "年，累计实施行政处罚 " + s.penalties().decisions() + " 件，累计处罚金额 "
                + approximately(amount, "元") + "；行政强制 " + s.coercion().measures() + "、行政征收征用 "
                + s.expropriations() + "、联合行政检查 " + approximately(s.inspections().joint(), "次")
                + "、行政复议或行政诉讼案件的发生率为 " + percent(s.reviews().challengeRate()) + "。";
    }

    private static List<String> penalties(Summary s) {
        var p = s.penalties();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("全年立案 " + s.cases().filed() + " 件，结案 " + s.cases().closed() + " 件；作出行政处罚决定 "
                + p.decisions() + " 件" + (p.noPenaltyDecisions() > 0 ? "，依法作出不予处罚决定 " + p.noPenaltyDecisions()
                        + " 件" : "") + "。");
        if (p.decisions() > 0) {
            paragraphs.add("处罚决定确定的罚款 " + yuan(p.fineTotal()) + " 元"
                    + (p.confiscationTotal().signum() > 0 ? "、没收违法所得和非法财物 " + yuan(p.confiscationTotal()) + " 元"
                            : "")
                    + "（按决定书确定的金额统计，含此后被撤销或变更的决定）。");
            List<String> bySource = new ArrayList<>();
            for (MatterSource source : MatterSource.values()) {
                long n = p.bySource().get(source);
                if (n > 0) {
                    bySource.add(ChineseFigures.source(source) + " " + n + " 件");
                }
            }
            paragraphs.add("按执法权来源，" + String.join("、", bySource) + "。"
                    + (p.bySource().get(MatterSource.ENTRUSTED) > 0 ? "委托执法事项以委托机关名义实施。" : ""));
        }
        return paragraphs;
    }

    private static Document.Table kindTable(Summary s) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<PenaltyKind, Long> entry : s.penalties().byKind().entrySet()) {
            rows.add(List.of(ChineseFigures.kind(entry.getKey()), Long.toString(entry.getValue())));
        }
        rows.add(List.of("合计", Long.toString(s.penalties().decisions())));
        return new Document.Table("行政处罚决定按最重处罚种类统计（件）", List.of("处罚种类", "件数"), rows);
    }

    /** Section 三: the inspected objects (R8.8) and, apart, the joint operations (R8.7), which are not among them. */
    private String inspections(Summary s) {
        var i = s.inspections();
        if (i.total() == 0 && i.joint() == 0) {
            return "全年未开展行政检查。";
        }
        boolean excluded = followedByAct == FollowedByAct.EXCLUDE;
        return "全年开展行政检查 " + i.total() + " 次（每个有完整记录的检查对象计 1 次"
                + (i.followedByAct() > 0 && !excluded ? "，含检查后立案查处的 " + i.followedByAct() + " 次" : "")
                + "），其中涉企行政检查 " + i.enterpriseRelated() + " 次；"
                + (i.joint() == 0 ? "未开展联合检查行动"
                        : "与其他执法主体开展联合检查行动 " + i.joint() + " 次（每次行动计 1 次，不论检查对象多少）")
                + (i.followedByAct() > 0 && excluded ? "。另有 " + i.followedByAct() + " 次检查后立案查处，计入相应执法行为" : "")
                + "。";
    }

    private static String coercion(Summary s) {
        String measures = s.coercion().measures() == 0 ? "全年未实施行政强制措施"
                : "全年实施行政强制措施 " + s.coercion().measures() + " 次";
        String expropriations = s.expropriations() == 0 ? "未发生行政征收征用" : "完成行政征收征用 " + s.expropriations() + " 件";
        return measures + "，" + expropriations + "。";
    }

    /**
     * Section 五. The challenge rate is that of the overview: the year's penalty decisions challenged, whenever the
     * review was filed — so a year without reviews of its own may still have a rate, and says so.
     */
    private static String reviews(Summary s) {
        var r = s.reviews();
        long filed = r.reconsiderations() + r.litigations();
        if (filed == 0 && r.challengedDecisions() == 0) {
            return "全年未发生针对行政执法决定的行政复议和行政诉讼案件，行政复议或行政诉讼案件的发生率为 0。";
        }
        Rate challenge = r.challengeRate();
        return (filed == 0 ? "全年未发生新的行政复议和行政诉讼案件"
                : "全年被申请行政复议 " + r.reconsiderations() + " 件、被提起行政诉讼 " + r.litigations() + " 件")
                + "；" + s.year() + "年作出的行政处罚决定 " + challenge.denominator() + " 件，其中"
                + (filed == 0 ? "此后" : "") + "被申请行政复议或提起行政诉讼的 " + challenge.numerator()
                + " 件，行政复议或行政诉讼案件的发生率为 " + percent(challenge) + "（" + challenge.numerator() + "/"
                + challenge.denominator() + "）。"
                + (r.errorRate().denominator() == 0 ? "" : "已审结 " + r.errorRate().denominator() + " 件，其中被纠错 "
                        + r.corrected() + " 件，综合纠错率 " + percent(r.errorRate()) + "。");
    }

    private List<String> personnelParagraphs(Summary s, int year) {
        var p = s.personnel();
        List<String> movements = new ArrayList<>();
        if (p.certificatesCancelled() > 0) {
            movements.add("注销 " + p.certificatesCancelled() + " 件");
        }
        if (p.certificatesRevoked() > 0) {
            movements.add("吊销 " + p.certificatesRevoked() + " 件");
        }
        if (p.certificatesSuspended() > 0) {
            movements.add("暂扣 " + p.certificatesSuspended() + " 件");
        }
        String first = "全年在行政执法岗位的人员 " + p.officers() + " 人，年末在岗 " + p.officersAtYearEnd()
                + " 人，其中持有有效行政执法证件 " + p.certifiedAtYearEnd() + " 人，持证率 " + percent(p.certificationRate())
                + "。" + year + "年新增考取行政执法证 " + p.certificatesIssued() + " 人"
                + (movements.isEmpty() ? "，未发生行政执法证件注销、吊销或暂扣。" : "，依法" + String.join("、", movements)
                        + "行政执法证件。");
        String second = "全年执法人员参加培训共 " + plain(p.trainingHoursTotal()) + " 学时，人均 "
                + plain(p.trainingHoursPerOfficer().value()) + " 学时，" + p.officersMeetingTrainingTarget()
                + " 人达到每人每年不少于 " + plain(personnel.requiredHours())
                + " 学时且涵盖公共法律知识、业务知识和执法技能的要求，培训达标率 " + percent(p.trainingTargetRate())
                + (p.officersMissingTrainingArea() == 0 ? "。"
                        : "；" + p.officersMissingTrainingArea() + " 人的培训未涵盖上述三类。")
                + (p.examsTaken() == 0 ? "年度学法考试尚无记录。"
                        : "年度学法考试应参考 " + p.examsExpected() + " 人、参考 " + p.examsTaken() + " 人"
                                + (p.examAbsences() == 0 ? "" : "、缺考 " + p.examAbsences() + " 人") + "，参考率 "
                                + percent(p.examParticipationRate()) + "，合格 " + p.examsPassed() + " 人，合格率 "
                                + percent(p.examPassRate()) + "。");
        return List.of(first, second);
    }
}
