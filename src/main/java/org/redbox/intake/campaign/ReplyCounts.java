package org.redbox.intake.campaign;

/**
 * How far a campaign's reply has gone out; made by a query, where a sum over no rows is null.
 *
 * @param members the members it goes to: all but the lead and those flagged for individual casework
 * @param sent those it has gone to, or been tried on and left for individual dispatch
 */
public record ReplyCounts(Long members, Long sent) {

	public ReplyCounts {
		members = members == null ? 0L : members;
		sent = sent == null ? 0L : sent;
	}
}
