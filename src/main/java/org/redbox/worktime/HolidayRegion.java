package org.redbox.worktime;

import java.util.Arrays;

import org.redbox.shared.Jurisdiction;

/**
 * Whose bank holidays a working-day count skips: one jurisdiction's, or every part of the
 * UK's together ({@link #ALL_UK}), as FOIA s10(6) requires for freedom of information.
 */
public enum HolidayRegion {

	ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
	SCOTLAND("scotland", "Scotland"),
	NORTHERN_IRELAND("northern-ireland", "Northern Ireland"),
	ALL_UK("all-uk", "every part of the UK");

	private final String code;
	private final String displayName;

	HolidayRegion(String code, String displayName) {
		this.code = code;
		this.displayName = displayName;
	}

	public static HolidayRegion of(Jurisdiction jurisdiction) {
		return switch (jurisdiction) {
			case ENGLAND_AND_WALES -> ENGLAND_AND_WALES;
			case SCOTLAND -> SCOTLAND;
			case NORTHERN_IRELAND -> NORTHERN_IRELAND;
		};
	}

	/** @throws IllegalArgumentException naming the valid codes */
	public static HolidayRegion fromCode(String code) {
		return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown calendar '" + code
						+ "': use england-and-wales, scotland, northern-ireland or all-uk"));
	}

	public String code() {
		return code;
	}

	public String displayName() {
		return displayName;
	}
}
