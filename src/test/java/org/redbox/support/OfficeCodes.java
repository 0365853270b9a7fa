package org.redbox.support;

import java.util.concurrent.ThreadLocalRandom;

/** Office codes for test offices: six random capital letters, unlikely to meet on a reused database. */
public final class OfficeCodes {

	private OfficeCodes() {
	}

	public static String random() {
		var random = ThreadLocalRandom.current();
		var code = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			code.append((char) ('A' + random.nextInt(26)));
		}
		return code.toString();
	}
}
