package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redbox.diary.caldav.CaldavDetails;
import org.redbox.diary.caldav.CaldavSync;
import org.redbox.diary.caldav.CalendarConnections;
import org.redbox.diary.internal.DiaryAdministration;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.diary.internal.DiaryEntries;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.internal.DirectoryAdministration;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.RadicaleAvailable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Two-way sync of a diary with a real CalDAV server (Radicale, from Debian; started by scripts/radicale-test-server.sh). */
@IntegrationTest
@ExtendWith(RadicaleAvailable.class)
class CaldavSyncIT {

	static final String SECRET_NAME = "REDBOX_TEST_CALDAV_PASSWORD";

	@Autowired
	DirectoryAdministration directory;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;
	@Autowired
	DiaryDoor door;
	@Autowired
	DiaryAdministration administration;
	@Autowired
	DiaryEntries entries;
	@Autowired
	CalendarConnections connections;
	@Autowired
	CaldavSync sync;
	@Autowired
	AuditedActions audit;
	@Autowired
	MockMvc mvc;

	final HttpClient http = HttpClient.newHttpClient();
	SignedInStaff manager;
	DiaryId diary;
	String collection;

	/** The password reaches Redbox the way an operator would give it: by the name of a variable it reads (here a system property). */
	@BeforeAll
	static void password() {
		System.setProperty(SECRET_NAME, RadicaleAvailable.PASSWORD);
		System.setProperty("REDBOX_TEST_CALDAV_WRONG_PASSWORD", "not-the-password");
	}

	/** Each test has a diary of its own (a new post in the Mayor's office) and a new calendar on the server. */
	@BeforeEach
	void diaryAndCalendar() throws Exception {
		manager = demo.holding(Role.DIARY_MANAGER);
		diary = newDiary();
		collection = newCalendar();
		connections.connect(manager, diary, new CaldavDetails(collection, RadicaleAvailable.USER, SECRET_NAME));
	}

	@Test
	void newChangedAndCancelledEntriesReachTheServerAndAPrivateOneOnlyAsBusy() throws Exception {
		EntryId launch = add("Library launch", "10:00", "11:00", false, null);
		EntryId clinic = add("Consultant appointment", "15:00", "16:00", true, null);
		EntryId surgery = add("Ward surgery", "18:00", "19:00", false, RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4"));

		CaldavSync.Outcome first = syncNow();
		assertThat(first.error()).isNull();
		assertThat(first.pushed()).isEqualTo(3);
		Map<String, Remote> remote = list();
		assertThat(remote).hasSize(3);
		assertThat(remote.get(href(launch)).calendar()).contains("SUMMARY:Library launch", "UID:" + launch + "@redbox",
				"DTSTART;TZID=Europe/London:");
		assertThat(remote.get(href(clinic)).calendar()).contains("SUMMARY:Busy", "CLASS:PRIVATE").doesNotContain("Consultant");
		assertThat(remote.get(href(surgery)).calendar()).contains("RRULE:FREQ=WEEKLY;COUNT=4");

		var details = entries.findById(launch.value()).orElseThrow().details();
		administration.revise(manager, diary, launch, new EntryDetails(details.kind(), "Library launch (moved)", details.time(),
				"Central Library", List.of(), null, false, null, Set.of(), null));
		administration.cancel(manager, diary, surgery);
		CaldavSync.Outcome second = syncNow();
		assertThat(second.pushed()).isEqualTo(1);
		assertThat(second.deletedThere()).isEqualTo(1);
		remote = list();
		assertThat(remote).containsOnlyKeys(href(launch), href(clinic));
		assertThat(remote.get(href(launch)).calendar()).contains("SUMMARY:Library launch (moved)", "LOCATION:Central Library");

		var flash = mvc.perform(post("/diary/" + diary + "/caldav/sync").with(demo.as(Role.DIARY_MANAGER)).with(csrf())).andReturn()
				.getFlashMap();
		assertThat(flash.get("success").toString()).as("nothing left to do").startsWith("Synced: 0 sent, 0 received, 0 deleted");
		assertThat(mvc.perform(get("/diary/" + diary + "/caldav").with(demo.as(Role.PRINCIPAL))).andReturn().getResponse()
				.getContentAsString()).contains("Last succeeded", "0 sent, 0 received");
		audit.awaitContains(diary.toString(), "DiaryCalendarConnected", "DiaryCalendarSynced");
	}

	@Test
	void changesNewEventsAndDeletionsMadeOnTheServerComeBack() throws Exception {
		EntryId launch = add("Library launch", "10:00", "11:00", false, null);
		EntryId visit = add("School visit", "13:00", "14:00", false, null);
		syncNow();
		Remote launched = list().get(href(launch));

		String changed = launched.calendar().replace("SUMMARY:Library launch", "SUMMARY:Library launch with the Minister")
				.replace("T100000", "T113000").replace("T110000", "T123000");
		put(href(launch), changed, launched.etag());
		LocalDate day = LocalDate.now().plusDays(3);
		String uid = UUID.randomUUID() + "@phone.example";
		put(collectionPath() + "from-phone.ics", String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Phone//EN",
				"BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260101T000000Z", "DTSTART;TZID=Europe/London:" + day.toString().replace("-", "") + "T090000",
				"DTEND;TZID=Europe/London:" + day.toString().replace("-", "") + "T093000", "SUMMARY:Call with the Chief Constable",
				"END:VEVENT", "END:VCALENDAR", ""), null);
		delete(href(visit), list().get(href(visit)).etag());

		CaldavSync.Outcome outcome = syncNow();

		assertThat(outcome.error()).isNull();
		assertThat(outcome.pulled()).isEqualTo(2);
		assertThat(outcome.deletedHere()).isEqualTo(1);
		DiaryEntry updated = entries.findById(launch.value()).orElseThrow();
		assertThat(updated.title()).isEqualTo("Library launch with the Minister");
		assertThat(updated.time().start().toLocalTime()).isEqualTo(LocalTime.of(11, 30));
		assertThat(updated.kind()).isEqualTo(EntryKind.MEETING);
		assertThat(entries.findById(visit.value()).orElseThrow().isCancelled()).isTrue();
		assertThat(entries.findReaching(diary.value(), day.atStartOfDay(EntryTime.LONDON).toInstant(),
				day.plusDays(1).atStartOfDay(EntryTime.LONDON).toInstant())).extracting(DiaryEntry::title)
				.contains("Call with the Chief Constable");
		assertThat(syncNow().changedAnything()).as("in step after the pull").isFalse();
	}

	@Test
	void changedOnBothSidesRedboxWinsAndTheServersVersionIsKeptInTheNotes() throws Exception {
		EntryId launch = add("Library launch", "10:00", "11:00", false, null);
		syncNow();
		Remote launched = list().get(href(launch));
		put(href(launch), launched.calendar().replace("SUMMARY:Library launch", "SUMMARY:Launch (as the phone says)"), launched.etag());
		var details = entries.findById(launch.value()).orElseThrow().details();
		administration.revise(manager, diary, launch, new EntryDetails(details.kind(), "Library launch (as Redbox says)", details.time(),
				details.location(), List.of(), details.notes(), false, null, Set.of(), null));

		CaldavSync.Outcome outcome = syncNow();

		assertThat(outcome.conflicts()).isEqualTo(1);
		assertThat(list().get(href(launch)).calendar()).contains("SUMMARY:Library launch (as Redbox says)");
		DiaryEntry entry = entries.findById(launch.value()).orElseThrow();
		assertThat(entry.title()).isEqualTo("Library launch (as Redbox says)");
		assertThat(entry.notes()).contains("Redbox's version was kept", "Launch (as the phone says)");
		assertThat(syncNow().changedAnything()).isFalse();
	}

	@Test
	void aRefusedPasswordOrAServerThatIsDownIsRecordedAndShownLosesNothingAndOtherDiariesStillSync() throws Exception {
		EntryId launch = add("Library launch", "10:00", "11:00", false, null);
		connections.connect(manager, diary, new CaldavDetails(collection, RadicaleAvailable.USER, "REDBOX_TEST_CALDAV_WRONG_PASSWORD"));
		DiaryId healthy = newDiary();
		String healthyCalendar = newCalendar();
		connections.connect(manager, healthy, new CaldavDetails(healthyCalendar, RadicaleAvailable.USER, SECRET_NAME));
		EntryId elsewhere = administration.add(manager, healthy, EntryDetails.simple(EntryKind.MEETING, "Budget briefing",
				time("09:00", "10:00"), null)).entry();

		sync.syncAll();

		String page = mvc.perform(get("/diary/" + diary + "/caldav").with(demo.as(Role.DIARY_MANAGER))).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("the server refused the user name or password (401)");
		assertThat(list()).isEmpty();
		assertThat(entries.findById(launch.value()).orElseThrow().isCancelled()).isFalse();
		assertThat(list(healthyCalendar)).containsKey(URI.create(healthyCalendar).getPath() + elsewhere + ".ics");

		connections.connect(manager, diary, new CaldavDetails("http://127.0.0.1:9/nothing-here/", RadicaleAvailable.USER, SECRET_NAME));
		var flash = mvc.perform(post("/diary/" + diary + "/caldav/sync").with(demo.as(Role.DIARY_MANAGER)).with(csrf())).andReturn()
				.getFlashMap();
		assertThat(flash.get("problem").toString()).contains("Could not reach the calendar server", "Nothing was lost");

		connections.connect(manager, diary, new CaldavDetails(collection, RadicaleAvailable.USER, SECRET_NAME));
		assertThat(syncNow().pushed()).isEqualTo(1);
		assertThat(list()).containsKey(href(launch));
	}

	@Test
	void theConnectionNamesAVariableNeverAPasswordAndOnlyManagersSetItUp() throws Exception {
		var response = mvc.perform(post("/diary/" + diary + "/caldav").with(demo.as(Role.DIARY_MANAGER)).with(csrf())
				.param("url", collection).param("username", "redbox").param("secretName", "my password 123")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("not the password itself");
		assertThat(mvc.perform(post("/diary/" + diary + "/caldav/sync").with(demo.as(Role.CASEWORKER)).with(csrf())).andReturn()
				.getResponse().getStatus()).isEqualTo(403);
	}

	// --- the diary and the server, set up and read as a user or another app would ---

	private CaldavSync.Outcome syncNow() {
		return connections.syncNow(manager, diary).orElseThrow();
	}

	private DiaryId newDiary() {
		String title = "Cabinet Member for Calendars " + UUID.randomUUID().toString().substring(0, 8);
		directory.addPost(demo.holding(Role.ADMIN), offices.mayor().id(), title);
		return door.visible(manager).stream().map(open -> open.diary()).filter(d -> d.title().equals(title)).findFirst().orElseThrow().id();
	}

	private EntryId add(String title, String from, String to, boolean privateEntry, RecurrenceRule rule) {
		return administration.add(manager, diary, new EntryDetails(EntryKind.MEETING, title, time(from, to), "City Hall", List.of(),
				null, privateEntry, null, Set.of(), rule)).entry();
	}

	private static EntryTime time(String from, String to) {
		LocalDate day = LocalDate.now(EntryTime.LONDON).plusDays(2);
		return EntryTime.timed(LocalDateTime.of(day, LocalTime.parse(from)), LocalDateTime.of(day, LocalTime.parse(to)), EntryTime.LONDON);
	}

	private String href(EntryId entry) {
		return collectionPath() + entry + ".ics";
	}

	private String collectionPath() {
		return URI.create(collection).getPath();
	}

	record Remote(String etag, String calendar) {
	}

	private String newCalendar() throws Exception {
		String url = RadicaleAvailable.URL + RadicaleAvailable.USER + "/diary-" + UUID.randomUUID() + "/";
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).method("MKCALENDAR", HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).as("MKCALENDAR %s", url).isEqualTo(201);
		return url;
	}

	private Map<String, Remote> list() throws Exception {
		return list(collection);
	}

	private Map<String, Remote> list(String calendar) throws Exception {
		String query = """
				<?xml version="1.0" encoding="utf-8"?>
				<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/><C:calendar-data/></D:prop>
				<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter></C:calendar-query>""";
		String body = send(HttpRequest.newBuilder(URI.create(calendar)).header("Depth", "1").header("Content-Type", "application/xml")
				.method("REPORT", HttpRequest.BodyPublishers.ofString(query))).body();
		var remote = new LinkedHashMap<String, Remote>();
		Matcher m = Pattern.compile("<href>([^<]+)</href>.*?<getetag>([^<]+)</getetag>.*?<C:calendar-data>(.*?)</C:calendar-data>", Pattern.DOTALL)
				.matcher(body);
		while (m.find()) {
			remote.put(m.group(1), new Remote(m.group(2).replace("&quot;", "\""), m.group(3).replace("&amp;", "&")));
		}
		return remote;
	}

	private void put(String href, String calendar, String etag) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(collection).resolve(href)).header("Content-Type", "text/calendar")
				.PUT(HttpRequest.BodyPublishers.ofString(calendar));
		request = etag == null ? request.header("If-None-Match", "*") : request.header("If-Match", etag);
		assertThat(send(request).statusCode()).as("PUT %s", href).isIn(201, 204);
	}

	private void delete(String href, String etag) throws Exception {
		assertThat(send(HttpRequest.newBuilder(URI.create(collection).resolve(href)).header("If-Match", etag).DELETE()).statusCode())
				.isIn(200, 204);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		String basic = Base64.getEncoder().encodeToString((RadicaleAvailable.USER + ":" + RadicaleAvailable.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest built = request.header("Authorization", "Basic " + basic).build();
		try {
			return http.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException e) {
			// Radicale answers HTTP/1.0 and closes the connection, which the client may have kept for reuse.
			return http.send(built, HttpResponse.BodyHandlers.ofString());
		}
	}
}
