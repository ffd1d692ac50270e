package org.enforcementledger.report.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record read off a topic: the event and the handler that applies it, or — for a record that can never be applied —
 * why, and then it goes to the dead-letter topic.
 */
record ParsedRecord(ConsumerRecord<byte[], byte[]> record, CloudEvent event, EventHandler handler,
        String deadLetterReason) {

    static ParsedRecord applicable(ConsumerRecord<byte[], byte[]> record, CloudEvent event, EventHandler handler) {
        return new ParsedRecord(record, event, handler, null);
    }

    static ParsedRecord deadLetter(ConsumerRecord<byte[], byte[]> record, String reason) {
        return new ParsedRecord(record, null, null, reason);
    }

    boolean applicable() {
        return deadLetterReason == null;
    }
}
