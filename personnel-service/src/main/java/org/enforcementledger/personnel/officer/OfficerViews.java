package org.enforcementledger.personnel.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.personnel.department.DepartmentKind;

/** What the officer API answers. */
public final class OfficerViews {

    private OfficerViews() {
    }

    @Schema(name = "Officer")
    public record OfficerView(UUID id, String orgUnit, String name, String departmentCode,
            DepartmentKind departmentKind, String position, boolean enforcementPost,
            boolean legalProfessionQualified, LocalDate joinedOn, LocalDate leftOn, OfficerStatus status,
            long version) {
        static OfficerView of(Officer o) {
            return new OfficerView(o.id, o.orgUnit, o.name, o.department.code, o.department.kind, o.position,
                    o.enforcementPost, o.legalProfessionQualified, o.joinedOn, o.leftOn, o.status, o.version);
        }
    }

    @Schema(name = "OfficerPage")
    public record OfficerPage(List<OfficerView> items, int page, int size, long total) {
        static OfficerPage of(OfficerService.Found found, int page, int size) {
            return new OfficerPage(found.officers().stream().map(OfficerView::of).toList(), page, size,
                    found.total());
        }
    }
}
