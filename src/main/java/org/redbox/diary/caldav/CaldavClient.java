package org.redbox.diary.caldav;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The little of CalDAV (RFC 4791) that a sync needs, over {@link HttpClient}: list the events of
 * a calendar collection with their ETags and data (a calendar-query REPORT), and write or delete
 * one event only if it is as last seen (If-Match) or new (If-None-Match). Basic authentication,
 * sent with each request.
 */
class CaldavClient {

	private static final String DAV = "DAV:";
	private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
	private static final String QUERY = """
			<?xml version="1.0" encoding="utf-8"?>
			<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
			  <D:prop><D:getetag/><C:calendar-data/></D:prop>
			  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>
			</C:calendar-query>
			""";

	/** One event resource on the server: its path, its ETag and its iCalendar text. */
	record Resource(String href, String etag, String calendar) {
	}

	/** The server said no (or said nothing useful); {@code status} is 0 when it could not be reached. */
	static class Failure extends Exception {

		private final int status;

		Failure(int status, String message) {
			super(message);
			this.status = status;
		}

		int status() {
			return status;
		}
	}

	private final HttpClient http;
	private final URI collection;
	private final String authorization;
	private final Duration timeout;

	CaldavClient(HttpClient http, URI collection, String user, String password, Duration timeout) {
		this.http = http;
		this.collection = collection;
		this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.timeout = timeout;
	}

	/** The path of a new event resource named {@code name} in the collection. */
	String hrefFor(String name) {
		return collection.getRawPath() + name + ".ics";
	}

	/** Every event in the collection, by path. */
	Map<String, Resource> list() throws Failure {
		HttpResponse<String> response = send(request(collection).header("Depth", "1")
				.header("Content-Type", "application/xml; charset=utf-8").method("REPORT", HttpRequest.BodyPublishers.ofString(QUERY)), "list");
		if (response.statusCode() != 207) {
			throw failure(response, "list the calendar");
		}
		return parse(response.body());
	}

	/**
	 * Writes an event: over the version with {@code etag}, or (when {@code etag} is null) only if
	 * there is none yet. Answers the new ETag, or empty when the server gives none.
	 */
	Optional<String> put(String href, String calendar, String etag) throws Failure {
		HttpRequest.Builder request = request(collection.resolve(href)).header("Content-Type", "text/calendar; charset=utf-8")
				.PUT(HttpRequest.BodyPublishers.ofString(calendar));
		request = etag == null ? request.header("If-None-Match", "*") : request.header("If-Match", etag);
		HttpResponse<String> response = send(request, "write " + href);
		if (response.statusCode() / 100 != 2) {
			throw failure(response, "write " + href);
		}
		return response.headers().firstValue("ETag");
	}

	/** Deletes an event if it is still as last seen; one already gone is fine. */
	void delete(String href, String etag) throws Failure {
		HttpResponse<String> response = send(request(collection.resolve(href)).header("If-Match", etag).DELETE(), "delete " + href);
		if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
			throw failure(response, "delete " + href);
		}
	}

	private HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", authorization);
	}

	/**
	 * Sends once more after an I/O failure: servers that answer HTTP/1.0 (Radicale's own) close
	 * connections the client may still try to reuse. Every request here is safe to repeat: a
	 * listing, or a conditional write or delete, which fails with 412 if the first one did land.
	 */
	private HttpResponse<String> send(HttpRequest.Builder request, String what) throws Failure {
		HttpRequest built = request.build();
		try {
			try {
				return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException first) {
				return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new Failure(0, "Could not reach the calendar server at " + collection.getHost() + " to " + what + ": "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Failure(0, "Stopped while waiting for the calendar server");
		}
	}

	private static Failure failure(HttpResponse<String> response, String what) {
		int status = response.statusCode();
		String reason = switch (status) {
			case 401 -> "the server refused the user name or password";
			case 403 -> "the user may not use this calendar";
			case 404 -> "there is no calendar at this address";
			case 412 -> "it changed on the server meanwhile";
			default -> "the server answered HTTP " + status;
		};
		return new Failure(status, "Could not " + what + ": " + reason + " (" + status + ")");
	}

	private static Map<String, Resource> parse(String xml) throws Failure {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
			var resources = new LinkedHashMap<String, Resource>();
			NodeList responses = document.getElementsByTagNameNS(DAV, "response");
			for (int i = 0; i < responses.getLength(); i++) {
				var response = (Element) responses.item(i);
				String href = text(response, DAV, "href");
				String etag = text(response, DAV, "getetag");
				String data = text(response, CALDAV, "calendar-data");
				if (href != null && etag != null && data != null) {
					resources.put(href, new Resource(href, etag, data));
				}
			}
			return resources;
		}
		catch (ParserConfigurationException | SAXException | IOException e) {
			throw new Failure(0, "The calendar server's answer could not be read: " + e.getMessage());
		}
	}

	private static String text(Element parent, String namespace, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
	}
}
