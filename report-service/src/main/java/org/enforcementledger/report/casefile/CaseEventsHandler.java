package org.enforcementledger.report.casefile;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.texts;
import static org.enforcementledger.report.consumer.Sql.update;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;
import org.enforcementledger.report.consumer.Figures;
import org.enforcementledger.report.consumer.Sql;

import com.fasterxml.jackson.databind.JsonNode;

/** Cases filed (立案) count in the year of filing, cases closed (结案) in the year of closing — each case once. */
@ApplicationScoped
public class CaseEventsHandler implements EventHandler {

    static final String FILED = "enforcementledger.case.case.filed.v1";
    static final String CLOSED = "enforcementledger.case.case.closed.v1";

    @Override
    public Set<String> types() {
        return Set.of(FILED, CLOSED);
    }

    @Override
    public void apply(Connection connection, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        if (FILED.equals(event.type())) {
            LocalDate filedOn = date(data, "filedOn");
            if (update(connection, "INSERT INTO case_filing (case_id, org_unit, filed_on, matter_code, matter_source,"
                    + " village_code, department_codes) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING",
                    uuid(data, "caseId"), event.orgUnit(), filedOn, data.path("matterCode").asText(),
                    data.path("matterSource").asText(), data.path("villageCode").asText(),
                    Sql.textArray(connection, texts(data, "departmentCodes"))) == 1) {
                Figures.increment(connection, event.orgUnit(), filedOn.getYear(), CaseFigures.CASES_FILED);
            }
            return;
        }
        LocalDate closedOn = date(data, "closedOn");
        if (update(connection, "INSERT INTO case_closure (case_id, org_unit, closed_on) VALUES (?, ?, ?)"
                + " ON CONFLICT (case_id) DO NOTHING", uuid(data, "caseId"), event.orgUnit(), closedOn) == 1) {
            Figures.increment(connection, event.orgUnit(), closedOn.getYear(), CaseFigures.CASES_CLOSED);
        }
    }
}
