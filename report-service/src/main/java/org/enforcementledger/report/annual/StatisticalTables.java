package org.enforcementledger.report.annual;

import static org.enforcementledger.report.annual.ChineseFigures.percent;
import static org.enforcementledger.report.annual.ChineseFigures.plain;
import static org.enforcementledger.report.annual.ChineseFigures.yuan;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.casefile.InspectionFigures;
import org.enforcementledger.report.casefile.InspectionFigures.FollowedByAct;
import org.enforcementledger.report.casefile.MatterSource;
import org.enforcementledger.report.casefile.PenaltyKind;
import org.enforcementledger.report.personnel.PersonnelFigures;
import org.enforcementledger.report.summary.Rate;
import org.enforcementledger.report.summary.Summary;
import org.enforcementledger.report.summary.SummaryCache;

import io.agroal.api.AgroalDataSource;

/**
 * The annual statistical tables (行政执法统计年报, spec §11.2–§11.5) of one org unit and year, each with the definitions
 * of its figures and rates printed under it (§10.3).
 */
@ApplicationScoped
public class StatisticalTables {

    private final SummaryCache summaries;
    private final AgroalDataSource dataSource;
    private final PersonnelFigures personnelFigures;
    private final FollowedByAct inspectionsFollowedByAct;

    public StatisticalTables(SummaryCache summaries, AgroalDataSource dataSource, PersonnelFigures personnelFigures,
            InspectionFigures inspectionFigures) {
        this.summaries = summaries;
        this.dataSource = dataSource;
        this.personnelFigures = personnelFigures;
        this.inspectionsFollowedByAct = inspectionFigures.followedByAct();
    }

    public List<Document.Table> tables(String orgUnit, int year) {
        return tables(summaries.summary(orgUnit, year));
    }

    /** The tables of a summary's town and year: the summary's figures, the rest from the projections. */
    public List<Document.Table> tables(Summary s) {
        String orgUnit = s.orgUnit();
        int year = s.year();
        return List.of(penalties(orgUnit, year), inspections(s), coercion(orgUnit, year), expropriations(orgUnit, year),
                reviews(s), personnel(s));
    }

    /**
     * §11.2: decisions of the year by heaviest kind, per source of power; 罚没金额 = fines and confiscations as
     * decided.
     */
    private Document.Table penalties(String orgUnit, int year) {
        Map<MatterSource, Map<PenaltyKind, Long>> counts = new EnumMap<>(MatterSource.class);
        Map<MatterSource, BigDecimal> money = new EnumMap<>(MatterSource.class);
        Map<MatterSource, Long> totals = new EnumMap<>(MatterSource.class);
        for (MatterSource source : MatterSource.values()) {
            Map<PenaltyKind, Long> zero = new EnumMap<>(PenaltyKind.class);
            for (PenaltyKind kind : PenaltyKind.values()) {
                zero.put(kind, 0L);
            }
            counts.put(source, zero);
            money.put(source, BigDecimal.ZERO.setScale(2));
            totals.put(source, 0L);
        }
        query("SELECT matter_source, heaviest_kind, count(*), sum(fine_total + confiscation_total)"
                + " FROM decision_projection WHERE org_unit = ? AND outcome = 'PENALTY' AND decided_on BETWEEN ? AND ?"
                + " GROUP BY matter_source, heaviest_kind", orgUnit, year, rs -> {
                    MatterSource source = MatterSource.valueOf(rs.getString(1));
                    if (rs.getString(2) != null) {
                        counts.get(source).merge(PenaltyKind.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
                    }
                    totals.merge(source, rs.getLong(3), Long::sum);
                    money.merge(source, rs.getBigDecimal(4), BigDecimal::add);
                });
        List<String> header = new ArrayList<>(List.of("执法权来源"));
        for (PenaltyKind kind : PenaltyKind.values()) {
            header.add(ChineseFigures.kind(kind));
        }
        header.add("合计（宗）");
        header.add("罚没金额（元）");
        List<List<String>> rows = new ArrayList<>();
        Map<PenaltyKind, Long> allKinds = new EnumMap<>(PenaltyKind.class);
        long all = 0;
        BigDecimal allMoney = BigDecimal.ZERO.setScale(2);
        for (MatterSource source : MatterSource.values()) {
            List<String> row = new ArrayList<>(List.of(ChineseFigures.source(source)));
            for (PenaltyKind kind : PenaltyKind.values()) {
                long n = counts.get(source).get(kind);
                row.add(Long.toString(n));
                allKinds.merge(kind, n, Long::sum);
            }
            row.add(Long.toString(totals.get(source)));
            row.add(yuan(money.get(source)));
            rows.add(row);
            all += totals.get(source);
            allMoney = allMoney.add(money.get(source));
        }
        List<String> total = new ArrayList<>(List.of("合计"));
        for (PenaltyKind kind : PenaltyKind.values()) {
            total.add(Long.toString(allKinds.get(kind)));
        }
        total.add(Long.toString(all));
        total.add(yuan(allMoney));
        rows.add(total);
        return new Document.Table("行政处罚实施情况统计表", header, rows, List.of(
                "合计（宗）：本年度作出的行政处罚决定，每宗计 1 次，含此后被撤销或变更的决定；一宗决定有多个处罚种类的，按最重的种类统计"
                        + "（§11.2）。",
                "罚没金额：处罚决定书确定的罚款和能确定金额的没收金额，不是实缴金额。本年度内变更的决定，按变更后的处罚种类和金额统计；"
                        + "变更为不予处罚的决定如同被撤销，仍按原决定统计；以后年度的变更不改变本年度的数字。"));
    }

    /** §11.3 行政检查: 检查次数 by R8.8, joint inspections by R8.7. */
    private Document.Table inspections(Summary s) {
        var i = s.inspections();
        return new Document.Table("行政检查情况统计表", List.of("检查次数", "其中：联合检查", "其中：涉企检查"), List.of(List.of(
                Long.toString(i.total()), Long.toString(i.joint()), Long.toString(i.enterpriseRelated()))), List.of(
                        "检查次数：有完整、详细检查记录的检查对象，每个对象计 1 次；没有具体对象的巡查和没有检查结论的记录不计（R8.8）。"
                                + (inspectionsFollowedByAct == FollowedByAct.EXCLUDE
                                        ? "检查后同年立案查处的，计入该执法行为，不计入检查次数（本年度 " + i.followedByAct() + " 次）。"
                                        : "检查后立案查处的也计入检查次数（本年度 " + i.followedByAct() + " 次）。"),
                        "联合检查：本镇与区县部门、消防救援机构、相邻乡镇等其他执法主体共同开展的联合检查行动，每次行动计 1 次，不论检查对象"
                                + "多少（R8.7）；本镇各内设机构和执法大队是同一执法主体，其共同检查（如“1+1”）不是联合检查。联合检查的各检查对象"
                                + "计入检查次数。",
                        "涉企检查：检查次数中以企业为对象的检查。"));
    }

    /** §11.3: coercive measures by kind (查封、扣押、冻结、其他). */
    private Document.Table coercion(String orgUnit, int year) {
        Map<String, Long> byKind = new HashMap<>();
        query("SELECT kind, count(*) FROM coercive_measure_projection WHERE org_unit = ? AND applied_on BETWEEN ? AND ?"
                + " GROUP BY kind", orgUnit, year, rs -> byKind.put(rs.getString(1), rs.getLong(2)));
        List<String> kinds = List.of("SEAL", "SEIZE", "FREEZE", "OTHER");
        List<String> row = new ArrayList<>();
        long total = 0;
        for (String kind : kinds) {
            long n = byKind.getOrDefault(kind, 0L);
            row.add(Long.toString(n));
            total += n;
        }
        row.add(Long.toString(total));
        return new Document.Table("行政强制措施情况统计表",
                List.of("查封场所设施财物", "扣押财物", "冻结存款汇款", "其他", "合计"), List.of(row));
    }

    private Document.Table expropriations(String orgUnit, int year) {
        Map<String, Long> byKind = new HashMap<>();
        query("SELECT kind, count(*) FROM expropriation_projection WHERE org_unit = ? AND recorded_on BETWEEN ? AND ?"
                + " GROUP BY kind", orgUnit, year, rs -> byKind.put(rs.getString(1), rs.getLong(2)));
        long expropriation = byKind.getOrDefault("EXPROPRIATION", 0L);
        long requisition = byKind.getOrDefault("REQUISITION", 0L);
        return new Document.Table("行政征收征用情况统计表", List.of("行政征收", "行政征用", "合计"), List.of(List.of(
                Long.toString(expropriation), Long.toString(requisition), Long.toString(expropriation + requisition))));
    }

    private static Document.Table reviews(Summary s) {
        var r = s.reviews();
        return new Document.Table("行政复议和行政诉讼情况统计表",
                List.of("被申请行政复议", "被提起行政诉讼", "被复议或起诉的处罚决定", "复议诉讼率", "被纠错", "综合纠错率"),
                List.of(List.of(Long.toString(r.reconsiderations()), Long.toString(r.litigations()),
                        Long.toString(r.challengedDecisions()), rate(r.challengeRate()), Long.toString(r.corrected()),
                        rate(r.errorRate()))),
                List.of("复议诉讼率 = 本年度作出的行政处罚决定中被申请行政复议或被提起行政诉讼的件数（同一决定既被复议又被起诉的计 1 件，"
                        + "含以后年度提出的）÷ 本年度作出的行政处罚决定件数（§10.3）。",
                        "综合纠错率 = 本年度审结的行政复议和行政诉讼中纠错的件数 ÷ 本年度审结的行政复议和行政诉讼件数（§10.3）。"));
    }

    /** §11.5; the columns added for issue #10 follow the earlier ones, which keep their places. */
    private Document.Table personnel(Summary s) {
        var p = s.personnel();
        String hours = plain(personnelFigures.requiredHours());
        return new Document.Table("行政执法人员情况统计表",
                List.of("年内在岗人员", "年末在岗持证", "持证率", "新增取证", "注销", "吊销", "暂扣", "培训学时", "培训达标",
                        "培训达标率", "学法考试参考", "学法考试合格", "年末在岗人员", "人均培训学时", "培训未涵盖三类",
                        "学法考试应参考", "学法考试缺考", "参考率", "合格率"),
                List.of(List.of(Long.toString(p.officers()), Long.toString(p.certifiedAtYearEnd()),
                        rate(p.certificationRate()), Long.toString(p.certificatesIssued()),
                        Long.toString(p.certificatesCancelled()), Long.toString(p.certificatesRevoked()),
                        Long.toString(p.certificatesSuspended()), plain(p.trainingHoursTotal()),
                        Long.toString(p.officersMeetingTrainingTarget()), rate(p.trainingTargetRate()),
                        Long.toString(p.examsTaken()), Long.toString(p.examsPassed()),
                        Long.toString(p.officersAtYearEnd()), plain(p.trainingHoursPerOfficer().value()),
                        Long.toString(p.officersMissingTrainingArea()), Long.toString(p.examsExpected()),
                        Long.toString(p.examAbsences()), rate(p.examParticipationRate()), rate(p.examPassRate()))),
                List.of("年内在岗人员：年内曾在行政执法岗位的人员；年末在岗人员：年末（12月31日，本年度为统计当日）在行政执法岗位的人员，"
                        + "年内离岗或调离执法岗位的不计入。",
                        "持证率 = 年末在岗且持有有效行政执法证件的人数 ÷ 年末在岗人员数（§11.5）；暂扣含年度审验不合格被暂扣的证件。",
                        "人均培训学时 = 年内在岗人员的培训学时之和 ÷ 年内在岗人员数；培训学时为全部人员年内完成的学时。",
                        "培训达标率 = 年内培训不少于 " + hours + " 学时且涵盖公共法律知识、业务知识和执法技能三类的人数 ÷ 年内在岗人员数"
                                + "（R4.3）；培训未涵盖三类：其中任一类没有学时的年内在岗人员数。",
                        "参考率 = 年内参加年度学法考试的人数（多次参加的计 1 人）÷ 应参考人数；应参考人数为年末在岗人员，以及年内参加考试或"
                                + "被记录缺考的其他人员（R4.4）；缺考：年内被记录缺考且未参加考试的人数。",
                        "合格率 = 年内年度学法考试合格的人数 ÷ 参加考试的人数。"));
    }

    private static String rate(Rate rate) {
        return percent(rate);
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, String orgUnit, int year, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, orgUnit);
            statement.setDate(2, Date.valueOf(LocalDate.of(year, 1, 1)));
            statement.setDate(3, Date.valueOf(LocalDate.of(year, 12, 31)));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
