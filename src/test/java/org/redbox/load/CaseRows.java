package org.redbox.load;

import java.sql.Connection;
import java.sql.SQLException;

import org.redbox.load.RowSink.Table;

/**
 * Generated contacts and cases as rows, in the columns the application's entities map (and
 * only those, so that columns added later with defaults stay untouched): {@code contact},
 * {@code case_file} and its topic, correspondent, link, stage deadline and timeline tables.
 * Parents are written before children; the caller commits.
 */
final class CaseRows implements AutoCloseable {

	static final Table CONTACT = Table.of("contact", "id", "office_id", "name", "type", "organisation", "email", "phone",
			"address_line1", "address_line2", "address_town", "address_postcode", "language", "vulnerable",
			"consent_to_contact", "merged_into", "marking_classification", "marking_descriptor", "created_at", "version");
	static final Table CASE_FILE = Table.of("case_file", "id", "reference", "office_id", "type", "marking_classification",
			"marking_descriptor", "channel", "received_on", "subject", "incoming_text", "reputational_risk", "priority_score",
			"stage", "team_id", "officer_id", "deadline", "acknowledged_on", "escalated_from", "transferred_to",
			"no_reply_reason", "rework_count", "holding_reply_sent", "reply_html", "reply_saved_at", "reply_signed_hash",
			"reply_signed_by", "reply_signed_by_name", "reply_signed_at", "dispatched_at", "created_at", "version");
	static final Table TOPIC = Table.of("case_topic", "case_id", "topic");
	static final Table CORRESPONDENT = Table.of("case_correspondent", "case_id", "contact_id");
	static final Table LINK = Table.of("case_link", "case_id", "related_case_id");
	static final Table STAGE_DEADLINE = Table.of("case_stage_deadline", "case_id", "stage", "due");
	static final Table TIMELINE = Table.of("case_timeline", "id", "case_id", "occurred_at", "action", "actor_name", "summary");

	/**
	 * Where search indexes who wrote (names and emails, one correspondent a line), on schemas that
	 * have it: the case holds only contact ids.
	 */
	static final String CORRESPONDENTS_TEXT = "correspondents_text";

	private final RowSink sink;
	private final Table caseFile;

	CaseRows(Connection connection) throws SQLException {
		this.sink = CopySink.supports(connection) ? new CopySink(connection) : new BatchSink(connection);
		this.caseFile = hasColumn(connection, CASE_FILE.name(), CORRESPONDENTS_TEXT) ? withColumn(CASE_FILE, CORRESPONDENTS_TEXT)
				: CASE_FILE;
	}

	void add(Correspondents.Contact c, java.time.Instant createdAt) throws SQLException {
		var d = c.details();
		sink.add(CONTACT, c.id(), c.officeId(), d.name(), d.type(), d.organisation(), d.email(), d.phone(), d.addressLine1(),
				null, d.town(), d.postcode(), d.language(), d.vulnerable(), d.consentToContact(), null, "OFFICIAL", "PERSONAL",
				createdAt, 0);
	}

	void add(GeneratedCase c) throws SQLException {
		var writer = c.correspondent;
		Object[] values = { c.id, c.reference, c.officeId, c.type.name(), c.marking.classification().name(),
				c.marking.descriptor() == null ? null : c.marking.descriptor().name(), c.channel.name(), c.receivedOn,
				c.subject, c.text, c.reputationalRisk, c.priorityScore, c.stage.name(), c.teamId, c.officerId, c.deadline,
				null, c.escalatedFrom, null, c.noReplyReason == null ? null : c.noReplyReason.name(), 0, false, c.replyHtml,
				c.replySavedAt, c.replySignedHash, c.replySignedBy, c.replySignedByName, c.replySignedAt, c.dispatchedAt,
				c.createdAt, 0, writer.email() == null ? writer.name() : writer.name() + " " + writer.email() };
		sink.add(caseFile, caseFile == CASE_FILE ? java.util.Arrays.copyOf(values, values.length - 1) : values);
		sink.add(TOPIC, c.id, c.topic);
		sink.add(CORRESPONDENT, c.id, c.correspondentId);
		if (c.escalatedFrom != null) {
			sink.add(LINK, c.id, c.escalatedFrom);
		}
		for (var due : c.stageDeadlines.entrySet()) {
			sink.add(STAGE_DEADLINE, c.id, due.getKey().name(), due.getValue());
		}
		for (var row : c.timeline) {
			var event = row.event();
			sink.add(TIMELINE, row.id(), c.id, event.occurredAt(), event.action(), event.actor().name(), event.summary());
		}
	}

	/** Whether the schema has the column, in either case (PostgreSQL folds names to lower case, H2 may fold to upper). */
	private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
		var metadata = connection.getMetaData();
		try (var lower = metadata.getColumns(null, null, table, column);
				var upper = metadata.getColumns(null, null, table.toUpperCase(), column.toUpperCase())) {
			return lower.next() || upper.next();
		}
	}

	private static Table withColumn(Table table, String column) {
		var columns = new java.util.ArrayList<>(table.columns());
		columns.add(column);
		return new Table(table.name(), java.util.List.copyOf(columns));
	}

	/** Sends every pending row, parents first. */
	void flush() throws SQLException {
		sink.flush();
	}

	@Override
	public void close() throws SQLException {
		sink.close();
	}
}
