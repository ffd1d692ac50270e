package org.enforcementledger.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.enforcementledger.cases.support.EventSchemas;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue #10 only added optional properties to the events case-service emits: events on the topic from before it (the
 * log is kept for ever and replayed) still validate against docs/events/case/, and so do events with the new ones.
 */
class OldEventsStillValidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ENVELOPE = """
            {"specversion":"1.0","id":"5b0c2a7e-8f1d-4c3b-9a6e-2d4f6a8b0c1e",
             "source":"urn:enforcement-ledger:case-service","type":"enforcementledger.case.%s",
             "subject":"0b6f3c1a-2d4e-4f60-8a71-9c2b3d4e5f60","time":"2024-04-18T08:00:00Z",
             "datacontenttype":"application/json","orgunit":"500112-dawan","data":%s}""";

    /** An inspection by two of the town's departments, as case-service emitted it before: joint from the codes. */
    private static final String OLD_INSPECTION = """
            {"inspectionId":"0b6f3c1a-2d4e-4f60-8a71-9c2b3d4e5f60","conductedOn":"2024-04-18","matterCode":"AQ-JC-001",
             "matterSource":"STATUTORY","villageCode":"DW-01","kind":"ROUTINE","departmentCodes":["BRIGADE","SAFETY"],
             "officerIds":["3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f","9a41c7d2-5b3e-4f60-8a71-2b3c4d5e6f70"],
             "joint":true,"enterpriseRelated":true,"targetKind":"ORGANIZATION"}""";

    private static final String OLD_FILING = """
            {"caseId":"0b6f3c1a-2d4e-4f60-8a71-9c2b3d4e5f60","matterCode":"AQ-CF-001","matterSource":"STATUTORY",
             "actingInNameOf":null,"entrustmentNumber":null,"villageCode":"DW-01","procedure":"GENERAL",
             "partyKind":"PERSON","filedOn":"2024-05-06","violationOn":"2024-05-06",
             "officerIds":["3f0c2b64-0a5e-4d8e-9d6f-1c2b3a4d5e6f","9a41c7d2-5b3e-4f60-8a71-2b3c4d5e6f70"],
             "departmentCodes":["BRIGADE","SAFETY"]}""";

    @Test
    void anInspectionAndAFilingFromBeforeIssue10StillValidate() throws Exception {
        assertThat(EventSchemas.validate(event("inspection.recorded.v1", OLD_INSPECTION))).isEmpty();
        assertThat(EventSchemas.validate(event("case.filed.v1", OLD_FILING))).isEmpty();
    }

    @Test
    void theNewPropertiesAreOptionalAndTyped() throws Exception {
        String object = OLD_INSPECTION.replace("\"targetKind\":\"ORGANIZATION\"", "\"targetKind\":\"ORGANIZATION\","
                + "\"jointOperationId\":\"7d3e9f20-1a2b-4c5d-8e9f-0a1b2c3d4e5f\",\"recordComplete\":false");
        assertThat(EventSchemas.validate(event("inspection.recorded.v1", object))).isEmpty();
        String found = OLD_FILING.replace("\"departmentCodes\":[\"BRIGADE\",\"SAFETY\"]",
                "\"departmentCodes\":[\"BRIGADE\",\"SAFETY\"],\"inspectionId\":\"0b6f3c1a-2d4e-4f60-8a71-9c2b3d4e5f60\"");
        assertThat(EventSchemas.validate(event("case.filed.v1", found))).isEmpty();

        assertThat(EventSchemas.validate(event("inspection.recorded.v1",
                OLD_INSPECTION.replace("\"joint\":true", "\"joint\":true,\"jointOperationId\":\"not-a-uuid\""))))
                .isNotEmpty();
        assertThat(EventSchemas.validate(event("case.filed.v1",
                OLD_FILING.replace("\"procedure\"", "\"inspectionId\":null,\"procedure\"")))).isNotEmpty();
    }

    private static JsonNode event(String type, String data) throws Exception {
        return JSON.readTree(ENVELOPE.formatted(type, data));
    }
}
