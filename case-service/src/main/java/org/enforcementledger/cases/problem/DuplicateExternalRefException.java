package org.enforcementledger.cases.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * 409: a case or inspection with this external reference (the district platform's id) is recorded already in the town.
 * The problem names the existing record ({@code existingId}, {@code existing} and a {@code Location} header, through
 * {@link #extensions()} and {@link #location()}), so a client that retried can carry on with it.
 */
public class DuplicateExternalRefException extends ConflictException {

    private final String collection;
    private final String externalRef;
    private final UUID existingId;

    /**
     * @param collection the API collection of the record, e.g. {@code /api/v1/cases}
     * @param existingId the record holding the reference; null when only the unique index knows it (the caller then
     *        looks it up after the rollback, see {@link #resolved})
     */
    public DuplicateExternalRefException(String collection, String externalRef, UUID existingId) {
        super((collection.endsWith("inspections") ? "An inspection" : "A case") + " with externalRef '" + externalRef
                + "' is recorded already in this town" + (existingId == null ? "." : ": " + existingId + "."));
        this.collection = collection;
        this.externalRef = externalRef;
        this.existingId = existingId;
    }

    public String externalRef() {
        return externalRef;
    }

    /** The existing record's id, or null while unresolved. */
    public UUID existingId() {
        return existingId;
    }

    /** The existing record's path, e.g. {@code /api/v1/cases/<id>}. */
    public String existingPath() {
        return existingId == null ? null : collection + "/" + existingId;
    }

    /** {@code externalRef}, then {@code existingId} and {@code existing} once the existing record is known. */
    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("externalRef", externalRef);
        if (existingId != null) {
            members.put("existingId", existingId);
            members.put("existing", existingPath());
        }
        return members;
    }

    @Override
    public String location() {
        return existingPath();
    }

    /** The same refusal, naming the record found after the rollback. */
    public DuplicateExternalRefException resolved(UUID id) {
        return new DuplicateExternalRefException(collection, externalRef, id);
    }
}
