package org.enforcementledger.report.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A year's figures of one town as a publication holds them: the summary, the breakdowns by every dimension and the
 * officers report, each as the JSON its endpoint answers — published or live, so that the two compare
 * ({@link FigureDiff}).
 */
record PublishedFigures(String summaryJson, String breakdownsJson, String officersJson, JsonNode summary,
        JsonNode breakdowns, JsonNode officers) {

    /** A reader that keeps decimals as written: 4150.00, not 4150.0 nor 4.15E+3. */
    static ObjectReader exact(ObjectMapper json) {
        return json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** From the JSON texts; amounts are read as decimals, so that 4150.00 stays 4150.00. */
    static PublishedFigures of(ObjectMapper json, String summary, String breakdowns, String officers) {
        ObjectReader reader = exact(json);
        try {
            return new PublishedFigures(summary, breakdowns, officers, reader.readTree(summary),
                    reader.readTree(breakdowns), reader.readTree(officers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Figures that cannot be read as JSON", e);
        }
    }
}
