package org.enforcementledger.report.personnel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;
import org.enforcementledger.report.consumer.Figures;

import com.fasterxml.jackson.databind.JsonNode;

/** A certificate issued counts in the year of its issue day ("2024年新增考取行政执法证4人", spec §11.5). */
@ApplicationScoped
public class CertificateIssuedHandler implements EventHandler {

    public static final String CERTIFICATES_ISSUED = "personnel.certificatesIssued";

    @Override
    public String type() {
        return "enforcementledger.personnel.certificate.issued.v1";
    }

    @Override
    public void apply(Connection connection, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        LocalDate issuedOn = LocalDate.parse(data.path("issuedOn").asText());
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO certificate_projection (number, officer_id, org_unit, issued_on, expires_on, status)"
                        + " VALUES (?, ?, ?, ?, ?, 'VALID') ON CONFLICT (number) DO NOTHING")) {
            upsert.setString(1, data.path("certificateNumber").asText());
            upsert.setObject(2, UUID.fromString(data.path("officerId").asText()));
            upsert.setString(3, event.orgUnit());
            upsert.setDate(4, Date.valueOf(issuedOn));
            upsert.setDate(5, Date.valueOf(LocalDate.parse(data.path("expiresOn").asText())));
            upsert.executeUpdate();
        }
        Figures.increment(connection, event.orgUnit(), issuedOn.getYear(), CERTIFICATES_ISSUED);
    }
}
