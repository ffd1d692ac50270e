package org.enforcementledger.report.publication;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcementledger.report.consumer.OffsetStore;
import org.enforcementledger.report.problem.ConflictException;
import org.enforcementledger.report.problem.NotFoundException;
import org.enforcementledger.report.problem.UnavailableException;
import org.enforcementledger.report.publication.PublicationApi.Correction;
import org.enforcementledger.report.publication.PublicationApi.Entry;
import org.enforcementledger.report.publication.PublicationApi.LateEvent;
import org.enforcementledger.report.publication.PublicationApi.Link;
import org.enforcementledger.report.publication.PublicationApi.Publication;
import org.enforcementledger.report.publication.PublicationApi.Status;
import org.enforcementledger.report.publication.PublicationApi.Town;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;

/**
 * Publications (公布) of a town's year, kept as records in the schema {@code report_records} (datasource
 * {@code records}): publishing, corrections (更正), the diff against the live figures, the district's list.
 *
 * <p>
 * A publication holds the figures still while it reads them: it updates the publication gate first, which waits for
 * the batches under way and holds off new ones until it commits ({@link LateEvents}). So the figures, the documents
 * and the positions it stores are of one moment, and every event after it is kept for the diff.
 */
@ApplicationScoped
public class Publications {

    /** A publication as answered, and whether it was published by an earlier request with the same key. */
    public record Published(Publication publication, boolean replayed) {
    }

    /** A stored document. */
    public record StoredFile(String name, String mediaType, byte[] content) {
    }

    /** A publication row. */
    private record Row(long id, String orgUnit, int year, int number, OffsetDateTime publishedAt, String publishedBy,
            String note, Integer corrects, String corrections, Map<String, Long> positions,
            PublishedFigures figures) {
    }

    private static final String COLUMNS = "id, org_unit, year, number, published_at, published_by, note, corrects,"
            + " corrections, positions, summary, breakdowns, officers";
    private static final String LOCK_TIMEOUT = "30s";
    private static final TypeReference<Map<String, Long>> POSITIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Correction>> CORRECTIONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, BigDecimal>> MOVED = new TypeReference<>() {
    };

    private final AgroalDataSource records;
    private final PublicationContent content;
    private final KnownTowns knownTowns;
    private final OffsetStore offsets;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectMapper json;

    public Publications(@DataSource("records") AgroalDataSource records, PublicationContent content,
            KnownTowns knownTowns, OffsetStore offsets, Clock clock,
            @ConfigProperty(name = "ledger.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone,
            ObjectMapper json) {
        this.records = records;
        this.content = content;
        this.knownTowns = knownTowns;
        this.offsets = offsets;
        this.clock = clock;
        this.zone = zone;
        this.json = json;
    }

    /**
     * Publishes the town's year as its figures stand, or corrects its last publication. Refused: a year not over (422,
     * §11.1), a town without figures of the year (404), nothing changed since the last publication (409).
     */
    public Published publish(String town, int year, String actor, String note, String idempotencyKey) {
        Deadline.requireEnded(year, LocalDate.now(clock));
        try (Connection connection = records.getConnection()) {
            if (idempotencyKey != null) {
                Optional<Row> earlier = one(connection, "SELECT " + COLUMNS + " FROM publication WHERE org_unit = ?"
                        + " AND year = ? AND published_by = ? AND idempotency_key = ?", town, year, actor,
                        idempotencyKey);
                if (earlier.isPresent()) {
                    return new Published(view(connection, earlier.get()), true);
                }
            }
            if (!knownTowns.of(year).contains(town)) {
                throw new NotFoundException("orgUnit", "has no figures of " + year + ": nothing to publish");
            }
            connection.setAutoCommit(false);
            Row row;
            try {
                holdTheFigures(connection);
                row = publishHeld(connection, town, year, actor, note, idempotencyKey);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return new Published(view(connection, row), false);
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) {
                throw new UnavailableException("The figures are being updated by a long batch of events; publish"
                        + " again in a moment.");
            }
            throw new IllegalStateException("Cannot publish " + town + " " + year, e);
        }
    }

    /** The gate: waits for the batches under way, and no batch commits until this transaction ends. */
    private static void holdTheFigures(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
            statement.executeUpdate("UPDATE publication_gate SET generation = generation + 1 WHERE id = 1");
        }
    }

    private Row publishHeld(Connection connection, String town, int year, String actor, String note,
            String idempotencyKey) throws SQLException {
        Optional<Row> latest = latest(connection, town, year);
        Map<String, Long> positions = new TreeMap<>();
        offsets.stored().forEach((partition, next) -> positions.put(partition.toString(), next));
        PublicationContent.Figures figures = content.figures(town, year);
        List<Correction> corrections = new ArrayList<>();
        if (latest.isPresent()) {
            List<FigureDiff.Difference> differences = FigureDiff.between(latest.get().figures(),
                    figures.published());
            if (differences.isEmpty()) {
                throw new ConflictException("Nothing to correct: the figures of " + year + " are those of publication "
                        + latest.get().number() + ".");
            }
            List<LateEvent> events = lateEvents(connection, town, year, latest.get().positions());
            differences.forEach(d -> corrections.add(new Correction(d.figure(), d.before(), d.after(),
                    named(d, events))));
        }
        List<PublicationContent.File> files = content.files(figures.summary());
        int number = latest.map(r -> r.number() + 1).orElse(1);
        // As PostgreSQL gives it back: in UTC, to the microsecond.
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS);
        PublishedFigures published = figures.published();
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO publication (org_unit, year, number,"
                + " published_at, published_by, idempotency_key, note, corrects, corrections, positions, summary,"
                + " breakdowns, officers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::json, ?::json, ?::json, ?::json, ?::json)"
                + " RETURNING id")) {
            bind(insert, town, year, number, now, actor, idempotencyKey, note,
                    latest.map(r -> (Object) r.number()).orElse(null), text(corrections), text(positions),
                    published.summaryJson(), published.breakdownsJson(), published.officersJson());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO publication_file"
                + " (publication_id, name, media_type, content, sha256) VALUES (?, ?, ?, ?, ?)")) {
            for (PublicationContent.File file : files) {
                bind(insert, id, file.name(), file.mediaType(), file.content(), sha256(file.content()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new Row(id, town, year, number, now, actor, note, latest.map(Row::number).orElse(null),
                text(corrections), positions, published);
    }

    /** The town's last publication of the year (the latest correction, if any). */
    public Optional<Publication> latest(String town, int year) {
        return read(connection -> latest(connection, town, year));
    }

    public Optional<Publication> numbered(String town, int year, int number) {
        return read(connection -> one(connection, "SELECT " + COLUMNS + " FROM publication WHERE org_unit = ?"
                + " AND year = ? AND number = ?", town, year, number));
    }

    public Optional<StoredFile> file(String town, int year, int number, String name) {
        try (Connection connection = records.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT f.name, f.media_type, f.content"
                        + " FROM publication_file f JOIN publication p ON p.id = f.publication_id"
                        + " WHERE p.org_unit = ? AND p.year = ? AND p.number = ? AND f.name = ?")) {
            bind(select, town, year, number, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every figure where the live figures differ from the last publication, with the events that could have moved it. */
    public Optional<PublicationApi.Diff> diff(String town, int year) {
        try (Connection connection = records.getConnection()) {
            Optional<Row> latest = latest(connection, town, year);
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            Row published = latest.get();
            PublicationContent.Figures live = content.figures(town, year);
            List<LateEvent> events = lateEvents(connection, town, year, published.positions());
            List<PublicationApi.Difference> differences = FigureDiff.between(published.figures(), live.published())
                    .stream().map(d -> new PublicationApi.Difference(d.figure(), d.before(), d.after(),
                            named(d, events)))
                    .toList();
            return Optional.of(new PublicationApi.Diff(town, year, link(town, year, published.number()),
                    published.publishedAt(), live.summary().asOf(), differences));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The publications of a year: one town's, or — {@code town} empty — every town's, with each town known for the
     * year ({@link KnownTowns}) and whether it published by 31 January.
     */
    public PublicationApi.Year ofYear(int year, Optional<String> town) {
        List<Entry> entries = new ArrayList<>();
        Map<String, OffsetDateTime> first = new TreeMap<>();
        Map<String, Integer> last = new TreeMap<>();
        try (Connection connection = records.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT org_unit, number, published_at,"
                        + " published_by, corrects FROM publication WHERE year = ?"
                        + (town.isPresent() ? " AND org_unit = ?" : "") + " ORDER BY org_unit, number")) {
            bind(select, town.isPresent() ? new Object[] { year, town.get() } : new Object[] { year });
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String unit = rs.getString(1);
                    int number = rs.getInt(2);
                    OffsetDateTime publishedAt = rs.getObject(3, OffsetDateTime.class);
                    entries.add(new Entry(unit, number, publishedAt, rs.getString(4),
                            (Integer) rs.getObject(5), link(unit, year, number).href()));
                    first.putIfAbsent(unit, publishedAt);
                    last.put(unit, number);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Set<String> towns = new TreeSet<>(town.map(t -> Set.of(t)).orElseGet(() -> knownTowns.of(year)));
        towns.addAll(first.keySet());
        List<Town> standing = new ArrayList<>();
        List<String> notPublished = new ArrayList<>();
        for (String unit : towns) {
            Status status = Deadline.status(year, first.get(unit), zone);
            standing.add(new Town(unit, status, first.get(unit),
                    last.containsKey(unit) ? link(unit, year, last.get(unit)) : null));
            if (status != Status.ON_TIME) {
                notPublished.add(unit);
            }
        }
        LocalDate deadline = Deadline.of(year);
        return new PublicationApi.Year(year, deadline, LocalDate.now(clock).isAfter(deadline), standing, notPublished,
                entries);
    }

    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private Optional<Publication> read(Query<Optional<Row>> query) {
        try (Connection connection = records.getConnection()) {
            Optional<Row> row = query.run(connection);
            return row.isEmpty() ? Optional.empty() : Optional.of(view(connection, row.get()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Row> latest(Connection connection, String town, int year) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM publication WHERE org_unit = ? AND year = ?"
                + " ORDER BY number DESC LIMIT 1", town, year);
    }

    private Optional<Row> one(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rs.getLong("id"), rs.getString("org_unit"), rs.getInt("year"),
                        rs.getInt("number"), rs.getObject("published_at", OffsetDateTime.class),
                        rs.getString("published_by"), rs.getString("note"), (Integer) rs.getObject("corrects"),
                        rs.getString("corrections"), json.readValue(rs.getString("positions"), POSITIONS),
                        PublishedFigures.of(json, rs.getString("summary"), rs.getString("breakdowns"),
                                rs.getString("officers"))));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A publication's positions cannot be read", e);
        }
    }

    private Publication view(Connection connection, Row row) throws SQLException {
        List<PublicationApi.File> files = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name, media_type, length(content), sha256"
                + " FROM publication_file WHERE publication_id = ? ORDER BY name")) {
            bind(select, row.id());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    files.add(new PublicationApi.File(rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getString(4), "/api/v1/reports/" + row.year() + "/publication/" + row.number()
                                    + "/files/" + rs.getString(1) + "?orgUnit=" + row.orgUnit()));
                }
            }
        }
        Link correctedBy = null;
        OffsetDateTime firstPublishedAt = row.publishedAt();
        try (PreparedStatement select = connection.prepareStatement("SELECT number, published_at FROM publication"
                + " WHERE org_unit = ? AND year = ? AND (number = ? OR number = 1)")) {
            bind(select, row.orgUnit(), row.year(), row.number() + 1);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(1) == 1) {
                        firstPublishedAt = rs.getObject(2, OffsetDateTime.class);
                    } else {
                        correctedBy = link(row.orgUnit(), row.year(), rs.getInt(1));
                    }
                }
            }
        }
        List<Correction> corrections;
        try {
            corrections = PublishedFigures.exact(json).forType(CORRECTIONS).readValue(row.corrections());
        } catch (IOException e) {
            throw new IllegalStateException("A publication's corrections cannot be read", e);
        }
        PublishedFigures figures = row.figures();
        return new Publication(row.orgUnit(), row.year(), row.number(), row.publishedAt(), row.publishedBy(),
                Deadline.status(row.year(), firstPublishedAt, zone) == Status.ON_TIME, row.note(),
                row.corrects() == null ? null : link(row.orgUnit(), row.year(), row.corrects()), correctedBy,
                corrections, figures.summary(), figures.breakdowns(), figures.officers(), files);
    }

    /** The events kept for the town's year since a publication's positions, in the order applied. */
    private List<LateEvent> lateEvents(Connection connection, String town, int year, Map<String, Long> positions)
            throws SQLException {
        List<LateEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT event_id, type, subject, event_time,"
                + " applied_at, moved, topic, partition, event_offset FROM late_event WHERE org_unit = ? AND year = ?"
                + " ORDER BY applied_at, topic, partition, event_offset")) {
            bind(select, town, year);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String partition = LateEvents.position(rs.getString(7), rs.getInt(8));
                    if (rs.getLong(9) < positions.getOrDefault(partition, 0L)) {
                        continue;
                    }
                    Map<String, BigDecimal> moved = new LinkedHashMap<>(
                            PublishedFigures.exact(json).forType(MOVED).readValue(rs.getString(6)));
                    events.add(new LateEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class), moved));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("A kept event cannot be read", e);
        }
        return events;
    }

    private static List<LateEvent> named(FigureDiff.Difference difference, List<LateEvent> events) {
        return events.stream()
                .filter(e -> difference.sources().couldBeMovedBy(e.type(), e.subject(), e.moved().keySet()))
                .toList();
    }

    private static Link link(String town, int year, int number) {
        return new Link(number, "/api/v1/reports/" + year + "/publication/" + number + "?orgUnit=" + town);
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
