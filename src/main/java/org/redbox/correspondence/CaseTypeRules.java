package org.redbox.correspondence;

import static org.redbox.correspondence.Stage.ALLOCATION;
import static org.redbox.correspondence.Stage.CLOSED;
import static org.redbox.correspondence.Stage.DISPATCH;
import static org.redbox.correspondence.Stage.DRAFTING;
import static org.redbox.correspondence.Stage.PRIVATE_OFFICE;
import static org.redbox.correspondence.Stage.QA;
import static org.redbox.correspondence.Stage.SIGN_OFF;
import static org.redbox.correspondence.Stage.TRIAGE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.redbox.directory.Role;

/** The rule of each case type: defaults from {@code DOMAIN.md} and HOCS's scale, then configuration. */
public final class CaseTypeRules {

	static final List<Stage> FULL = List.of(TRIAGE, ALLOCATION, DRAFTING, QA, PRIVATE_OFFICE, SIGN_OFF, DISPATCH, CLOSED);
	static final List<Stage> WITHOUT_PRIVATE_OFFICE = List.of(TRIAGE, ALLOCATION, DRAFTING, QA, SIGN_OFF, DISPATCH, CLOSED);
	/** An invitation's reply says what the diary meeting decided: no QA or private-office round. */
	static final List<Stage> INVITATION_STAGES = List.of(TRIAGE, ALLOCATION, DRAFTING, SIGN_OFF, DISPATCH, CLOSED);
	/** Working days after receipt by which each stage should be done (HOCS: triage 2, draft 10, ... dispatch 20). */
	static final Map<Stage, Integer> STAGE_DAYS = Map.of(TRIAGE, 2, ALLOCATION, 3, DRAFTING, 10, QA, 13,
			PRIVATE_OFFICE, 16, SIGN_OFF, 18, DISPATCH, 20);

	private final Map<CaseType, CaseTypeRule> rules = new EnumMap<>(CaseType.class);

	public CaseTypeRules(CorrespondenceSettings settings) {
		defaults().forEach((type, rule) -> rules.put(type, apply(rule, settings.types().get(type))));
	}

	public static CaseTypeRules defaultRules() {
		return new CaseTypeRules(new CorrespondenceSettings(null, CorrespondenceSettings.PriorityWeights.defaults(), List.of()));
	}

	public CaseTypeRule ruleFor(CaseType type) {
		return rules.get(type);
	}

	private static CaseTypeRule apply(CaseTypeRule rule, CorrespondenceSettings.TypeSettings given) {
		if (given == null) {
			return rule;
		}
		return new CaseTypeRule(rule.type(), given.stages() == null ? rule.stages() : given.stages(),
				given.stageWorkingDays() == null ? rule.stageWorkingDays() : given.stageWorkingDays(),
				given.signOffRole() == null ? rule.signOffRole() : given.signOffRole(),
				given.principalSigns() == null ? rule.principalSigns() : given.principalSigns());
	}

	private static Map<CaseType, CaseTypeRule> defaults() {
		Map<CaseType, CaseTypeRule> defaults = new EnumMap<>(CaseType.class);
		defaults.put(CaseType.GENERAL, rule(CaseType.GENERAL, FULL, Role.CHIEF_OF_STAFF, false));
		defaults.put(CaseType.MEMBER, rule(CaseType.MEMBER, FULL, Role.PRINCIPAL, true));
		defaults.put(CaseType.CASEWORK, rule(CaseType.CASEWORK, WITHOUT_PRIVATE_OFFICE, Role.CORRESPONDENCE_MANAGER, false));
		defaults.put(CaseType.FOI, rule(CaseType.FOI, WITHOUT_PRIVATE_OFFICE, Role.CHIEF_OF_STAFF, false));
		defaults.put(CaseType.EIR, rule(CaseType.EIR, WITHOUT_PRIVATE_OFFICE, Role.CHIEF_OF_STAFF, false));
		defaults.put(CaseType.SAR, rule(CaseType.SAR, WITHOUT_PRIVATE_OFFICE, Role.CHIEF_OF_STAFF, false));
		defaults.put(CaseType.COMPLAINT_STAGE_1,
				rule(CaseType.COMPLAINT_STAGE_1, WITHOUT_PRIVATE_OFFICE, Role.CORRESPONDENCE_MANAGER, false));
		defaults.put(CaseType.COMPLAINT_STAGE_2, rule(CaseType.COMPLAINT_STAGE_2, FULL, Role.CHIEF_OF_STAFF, false));
		defaults.put(CaseType.INVITATION, rule(CaseType.INVITATION, INVITATION_STAGES, Role.CHIEF_OF_STAFF, false));
		return defaults;
	}

	private static CaseTypeRule rule(CaseType type, List<Stage> stages, Role signOff, boolean principalSigns) {
		return new CaseTypeRule(type, stages, STAGE_DAYS, signOff, principalSigns);
	}
}
