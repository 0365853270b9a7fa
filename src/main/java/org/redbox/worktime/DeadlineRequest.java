package org.redbox.worktime;

import java.time.LocalDate;
import java.util.List;

import org.redbox.shared.Jurisdiction;

/**
 * What a deadline is computed from.
 *
 * @param officeCode the office whose configured numbers apply, or {@code null} for the defaults
 * @param acknowledged when the case was acknowledged (complaints), or {@code null} if not yet
 */
public record DeadlineRequest(ClockType type, LocalDate received, Jurisdiction jurisdiction, String officeCode,
		LocalDate acknowledged, List<ClockStop> stops, List<Extension> extensions) {

	public DeadlineRequest {
		stops = stops == null ? List.of() : List.copyOf(stops);
		extensions = extensions == null ? List.of() : List.copyOf(extensions);
	}

	public static DeadlineRequest of(ClockType type, LocalDate received, Jurisdiction jurisdiction) {
		return new DeadlineRequest(type, received, jurisdiction, null, null, List.of(), List.of());
	}

	public DeadlineRequest acknowledgedOn(LocalDate date) {
		return new DeadlineRequest(type, received, jurisdiction, officeCode, date, stops, extensions);
	}

	public DeadlineRequest withStop(ClockStop stop) {
		var all = new java.util.ArrayList<>(stops);
		all.add(stop);
		return new DeadlineRequest(type, received, jurisdiction, officeCode, acknowledged, all, extensions);
	}

	public DeadlineRequest withExtension(Extension extension) {
		var all = new java.util.ArrayList<>(extensions);
		all.add(extension);
		return new DeadlineRequest(type, received, jurisdiction, officeCode, acknowledged, stops, all);
	}

	public DeadlineRequest forOffice(String code) {
		return new DeadlineRequest(type, received, jurisdiction, code, acknowledged, stops, extensions);
	}
}
