package org.enforcementledger.cases.enforcementbody;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the enforcement-body register answers. */
public final class EnforcementBodyViews {

    private EnforcementBodyViews() {
    }

    @Schema(name = "EnforcementBody")
    public record BodyView(@Schema(example = "YB-YJJ") String code, @Schema(example = "重庆市渝北区应急管理局") String name,
            EnforcementBody.Kind kind) {
        static BodyView of(EnforcementBody b) {
            return new BodyView(b.code, b.name, b.kind);
        }
    }
}
