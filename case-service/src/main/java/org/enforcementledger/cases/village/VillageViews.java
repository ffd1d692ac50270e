package org.enforcementledger.cases.village;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the village API answers. */
public final class VillageViews {

    private VillageViews() {
    }

    @Schema(name = "Village")
    public record VillageView(String code, String name) {
        static VillageView of(Village v) {
            return new VillageView(v.code, v.name);
        }
    }
}
