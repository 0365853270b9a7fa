package org.redbox.correspondence;

import java.util.List;
import java.util.Map;

import org.redbox.directory.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What offices configure about casework ({@code redbox.correspondence.*}): per case type its
 * stages, stage deadlines, who signs off and whether the principal signs; the priority
 * weights; and the topics offered at triage. Anything left out keeps the defaults.
 */
@ConfigurationProperties("redbox.correspondence")
public record CorrespondenceSettings(Map<CaseType, TypeSettings> types, @DefaultValue PriorityWeights priority,
		@DefaultValue({ "Housing", "Transport", "Planning", "Environment", "Noise", "Schools", "Policing",
				"Health and care", "Culture", "Economy", "Other" }) List<String> topics) {

	public CorrespondenceSettings {
		types = types == null ? Map.of() : Map.copyOf(types);
	}

	/** Settings of one type; any may be left out. */
	public record TypeSettings(List<Stage> stages, Map<Stage, Integer> stageWorkingDays, Role signOffRole,
			Boolean principalSigns) {
	}

	/** Points each factor adds to a case's priority score. */
	public record PriorityWeights(@DefaultValue("30") int electedRepresentative, @DefaultValue("20") int press,
			@DefaultValue("25") int vulnerableResident, @DefaultValue("10") int sensitive,
			@DefaultValue("25") int reputationalRisk, @DefaultValue("40") int overdue,
			@DefaultValue("25") int dueWithinTwoWorkingDays, @DefaultValue("10") int dueWithinFiveWorkingDays,
			@DefaultValue("10") int statutoryRequest) {

		public static PriorityWeights defaults() {
			return new PriorityWeights(30, 20, 25, 10, 25, 40, 25, 10, 10);
		}
	}
}
