package org.redbox.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One simulated user of a running Redbox: a browser session signed in through the real form
 * (sign-in page, its CSRF token, the session cookie), and the API's bearer token.
 */
final class RedboxClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final URI base;
	private final String token;
	private final HttpClient http;

	RedboxClient(URI base, String token) {
		this.base = base;
		this.token = token;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(10)).build();
	}

	/** Signs in as a browser does; fails unless Redbox sends the user on from the sign-in page. */
	void signIn(String email, String password) throws IOException, InterruptedException {
		var page = send(HttpRequest.newBuilder(base.resolve("/sign-in")).GET().build());
		var match = CSRF.matcher(page.body());
		if (!match.find()) {
			throw new IllegalStateException("No _csrf field on the sign-in page (HTTP " + page.statusCode() + ")");
		}
		String csrf = match.group(1) != null ? match.group(1) : match.group(2);
		String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
		var answer = send(HttpRequest.newBuilder(base.resolve("/sign-in"))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("/sign-in")) {
			throw new IllegalStateException("Sign-in as " + email + " refused: HTTP " + answer.statusCode() + " " + location);
		}
	}

	/** The CSRF token of the session, from a form on the page at {@code path}, for {@link #postForm}. */
	String csrfFrom(String path) throws IOException, InterruptedException {
		var page = page(path);
		var match = CSRF.matcher(page.body());
		if (!match.find()) {
			throw new IllegalStateException("No _csrf field on " + path + " (HTTP " + page.statusCode() + ")");
		}
		return match.group(1) != null ? match.group(1) : match.group(2);
	}

	/** Posts a form as a browser does ({@code form} already URL-encoded, with its _csrf); redirects are not followed. */
	HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build());
	}

	HttpResponse<String> page(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
	}

	HttpResponse<String> apiGet(String path) throws IOException, InterruptedException {
		return send(api(path).GET().build());
	}

	HttpResponse<String> apiPost(String path, String json) throws IOException, InterruptedException {
		return send(api(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder api(String path) {
		return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
				.header("Accept", "application/json");
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}
}
