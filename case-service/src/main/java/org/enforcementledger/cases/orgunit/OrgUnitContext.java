package org.enforcementledger.cases.orgunit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The org unit (town or street, 乡镇/街道, by code) that records written now belong to.
 *
 * <p>
 * Until authentication lands (issue #6) it comes from configuration ({@code ledger.org-unit}); then it comes from the
 * caller's token and this is the one place that changes.
 */
@ApplicationScoped
public class OrgUnitContext {

    private final String orgUnit;

    public OrgUnitContext(@ConfigProperty(name = "ledger.org-unit") String orgUnit) {
        this.orgUnit = orgUnit;
    }

    public String current() {
        return orgUnit;
    }
}
