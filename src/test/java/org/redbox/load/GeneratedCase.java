package org.redbox.load;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.redbox.correspondence.CaseFileEvent;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.NoReplyReason;
import org.redbox.correspondence.Stage;
import org.redbox.shared.SecurityMarking;

/**
 * One generated case, row for row what the application stores for a {@code CaseFile}: its
 * columns, topics, correspondent, stage deadlines, and the timeline its events wrote.
 */
final class GeneratedCase {

	/** One row of {@code case_timeline}, written from the event the application would have recorded. */
	record TimelineRow(UUID id, CaseFileEvent event) {
	}

	UUID id;
	String reference;
	UUID officeId;
	CaseType type;
	SecurityMarking marking;
	Channel channel;
	LocalDate receivedOn;
	String subject;
	String text;
	boolean reputationalRisk;
	int priorityScore;
	Stage stage;
	UUID teamId;
	UUID officerId;
	LocalDate deadline;
	Map<Stage, LocalDate> stageDeadlines;
	UUID escalatedFrom;
	NoReplyReason noReplyReason;
	String replyHtml;
	Instant replySavedAt;
	String replySignedHash;
	UUID replySignedBy;
	String replySignedByName;
	Instant replySignedAt;
	Instant dispatchedAt;
	Instant createdAt;
	String topic;
	UUID correspondentId;
	Correspondent correspondent;
	final List<TimelineRow> timeline = new ArrayList<>();
}
