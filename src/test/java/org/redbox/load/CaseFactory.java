package org.redbox.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.redbox.RedboxApplication;
import org.redbox.correspondence.CaseFileId;
import org.redbox.correspondence.CaseLogged;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.CorrespondenceSettings.PriorityWeights;
import org.redbox.correspondence.Stage;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.SecurityMarking.Classification;
import org.redbox.shared.SecurityMarking.Descriptor;

/**
 * Makes one case as the application logs it (type, correspondent, letter, channel, marking,
 * deadlines, priority, the {@code CaseLogged} entry) and then lets its {@link CaseStory} run.
 */
final class CaseFactory {

	private static final CaseType[] TYPES = CaseType.values();
	/** Per {@link CaseType} in declaration order: GENERAL, MEMBER, CASEWORK, FOI, EIR, SAR, C1, C2, INVITATION (none: the diary keeps their details). */
	private static final int[] TYPE_WEIGHTS = { 42, 20, 25, 5, 1, 2, 4, 1, 0 };
	/** Per {@link LetterTopic#ALL}: housing and transport lead, culture trails. */
	private static final int[] TOPIC_WEIGHTS = { 25, 20, 12, 8, 8, 12, 7, 4, 2, 2 };

	private final SplittableRandom random;
	private final Correspondents correspondents;
	private final LetterWriter writer;
	private final CaseStory story;
	private final Deadlines deadlines = new Deadlines();
	private final PriorityWeights weights = PriorityWeights.defaults();
	private final Instant now;
	private final Map<UUID, UUID> lastFirstStageComplaint = new HashMap<>();

	CaseFactory(SplittableRandom random, Instant now) {
		this.random = random;
		this.now = now;
		this.correspondents = new Correspondents(random);
		this.writer = new LetterWriter(random);
		this.story = new CaseStory(random, now);
	}

	GeneratedCase make(OfficeStaff office, Cast cast, LocalDate received, String reference) {
		var c = new GeneratedCase();
		c.id = Ids.next(random);
		c.reference = reference;
		c.officeId = office.id();
		c.type = type(office.id());
		c.escalatedFrom = c.type == CaseType.COMPLAINT_STAGE_2 ? lastFirstStageComplaint.get(office.id()) : null;
		if (c.type == CaseType.COMPLAINT_STAGE_1) {
			lastFirstStageComplaint.put(office.id(), c.id);
		}
		var contact = correspondents.writerOf(office.id(), c.type);
		var from = contact.details();
		var letter = writer.write(LetterTopic.ALL.get(weighted(TOPIC_WEIGHTS)), from);
		c.correspondentId = contact.id();
		c.correspondent = from;
		c.topic = letter.topic().topic();
		c.subject = prefix(c.type) + letter.subject();
		c.text = letter.text();
		c.receivedOn = received;
		c.channel = channel(from);
		c.marking = c.type == CaseType.SAR || from.vulnerable() || random.nextInt(100) < 3
				? new SecurityMarking(Classification.OFFICIAL_SENSITIVE, Descriptor.PERSONAL) : SecurityMarking.OFFICIAL;
		c.reputationalRisk = random.nextInt(100) < (from.type().equals("PRESS") ? 40 : 2);
		c.priorityScore = standingPriority(c, from);
		var schedule = deadlines.forNewCase(c.type, received, office.jurisdiction(), office.code());
		c.deadline = schedule.deadline();
		c.stageDeadlines = schedule.stages();
		c.stage = Stage.TRIAGE;
		c.createdAt = earliest(received.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(600)))
				.atZone(RedboxApplication.LONDON).toInstant(), now);
		c.timeline.add(new GeneratedCase.TimelineRow(Ids.next(random), new CaseLogged(new CaseFileId(c.id),
				new OfficeId(c.officeId), reference, c.type, c.channel, c.deadline, cast.logger, c.createdAt)));
		story.unfold(c, office, cast, deadlines.ruleFor(c.type), deadlines.calendar(office.jurisdiction()), contact);
		return c;
	}

	Correspondents correspondents() {
		return correspondents;
	}

	private CaseType type(UUID office) {
		var type = TYPES[weighted(TYPE_WEIGHTS)];
		return type == CaseType.COMPLAINT_STAGE_2 && !lastFirstStageComplaint.containsKey(office)
				? CaseType.COMPLAINT_STAGE_1 : type;
	}

	private static String prefix(CaseType type) {
		return switch (type) {
			case FOI, EIR -> "Request for information: ";
			case SAR -> "Subject access request: ";
			case COMPLAINT_STAGE_1 -> "Complaint: ";
			case COMPLAINT_STAGE_2 -> "Complaint escalated: ";
			default -> "";
		};
	}

	private Channel channel(Correspondent from) {
		int roll = random.nextInt(100);
		if (from.email() == null) {
			return roll < 70 ? Channel.LETTER : roll < 90 ? Channel.PHONE : Channel.IN_PERSON;
		}
		return roll < 65 ? Channel.EMAIL : roll < 85 ? Channel.WEB_FORM : Channel.LETTER;
	}

	/** As the application's {@code PriorityPolicy.standing}, with the default weights. */
	private int standingPriority(GeneratedCase c, Correspondent from) {
		int score = from.isElectedRepresentative() ? weights.electedRepresentative() : 0;
		score += from.type().equals("PRESS") ? weights.press() : 0;
		score += from.vulnerable() ? weights.vulnerableResident() : 0;
		score += c.marking.isSensitive() ? weights.sensitive() : 0;
		score += c.reputationalRisk ? weights.reputationalRisk() : 0;
		boolean statutory = c.type == CaseType.FOI || c.type == CaseType.EIR || c.type == CaseType.SAR;
		return score + (statutory ? weights.statutoryRequest() : 0);
	}

	private int weighted(int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
