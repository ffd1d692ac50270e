package org.enforcementledger.personnel.department;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the department API answers. */
public final class DepartmentViews {

    private DepartmentViews() {
    }

    @Schema(name = "Department")
    public record DepartmentView(String code, String name, DepartmentKind kind) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.code, d.name, d.kind);
        }
    }
}
