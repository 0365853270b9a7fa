package org.redbox.shared;

import java.util.Arrays;

/** A part of the UK with its own bank holidays. An office keeps the holidays of one. */
public enum Jurisdiction {

	ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
	SCOTLAND("scotland", "Scotland"),
	NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

	private final String code;
	private final String displayName;

	Jurisdiction(String code, String displayName) {
		this.code = code;
		this.displayName = displayName;
	}

	/** The code used in URLs and configuration, e.g. {@code england-and-wales}. */
	public String code() {
		return code;
	}

	public String displayName() {
		return displayName;
	}

	/** @throws IllegalArgumentException naming the valid codes when {@code code} is none of them */
	public static Jurisdiction fromCode(String code) {
		return Arrays.stream(values()).filter(j -> j.code.equals(code)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown jurisdiction '" + code
						+ "': use england-and-wales, scotland or northern-ireland"));
	}
}
