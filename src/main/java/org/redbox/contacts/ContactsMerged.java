package org.redbox.contacts;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A duplicate contact was folded into another; modules holding the duplicate's id should follow {@code survivor}. */
public record ContactsMerged(ContactId survivor, ContactId duplicate, OfficeId office, String duplicateName, Actor actor, Instant occurredAt) implements ContactEvent {

	@Override
	public ContactId subject() {
		return survivor;
	}

	@Override
	public String summary() {
		return "Merged duplicate contact " + duplicate + " (" + duplicateName + ") into this one";
	}
}
