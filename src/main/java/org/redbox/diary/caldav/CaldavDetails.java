package org.redbox.diary.caldav;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Where a diary's external calendar is and how to sign in to it. The password is not here:
 * {@code secretName} names the environment variable (or property) that holds it.
 *
 * @param url the calendar collection, such as https://calendar.example/dav/mayor/diary/
 */
public record CaldavDetails(String url, String username, String secretName) {

	private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,199}");

	public CaldavDetails {
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException("Enter the address of the calendar collection");
		}
		url = url.strip();
		if (!url.endsWith("/")) {
			url = url + "/";
		}
		try {
			URI uri = new URI(url);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null || url.length() > 1000) {
				throw new IllegalArgumentException("Enter the calendar's address as an http or https URL");
			}
		}
		catch (URISyntaxException e) {
			throw new IllegalArgumentException("Enter the calendar's address as an http or https URL");
		}
		if (username == null || username.isBlank() || username.length() > 320) {
			throw new IllegalArgumentException("Enter the user name for the calendar server (320 characters at most)");
		}
		username = username.strip();
		if (secretName == null || !SECRET_NAME.matcher(secretName.strip()).matches()) {
			throw new IllegalArgumentException(
					"Enter the name of the environment variable that holds the password (letters, digits and _ . -), not the password itself");
		}
		secretName = secretName.strip();
	}
}
