package org.enforcementledger.cases.problem;

import java.sql.SQLException;
import java.util.Optional;

import org.postgresql.util.PSQLException;

/** Recognises PostgreSQL's unique violation (SQLSTATE 23505) anywhere in an exception's causes, with its constraint. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** The name of the unique index or constraint the failure broke, if it is a unique violation. */
    public static Optional<String> constraintOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null) {
                return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                SQLException next = sql.getNextException();
                if (next != null && next != sql) {
                    Optional<String> nested = constraintOf(next);
                    if (nested.isPresent()) {
                        return nested;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the failure is a unique violation of this index. */
    public static boolean of(Throwable failure, String constraint) {
        return constraintOf(failure).filter(constraint::equals).isPresent();
    }
}
