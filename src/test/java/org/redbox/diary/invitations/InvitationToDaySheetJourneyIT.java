package org.redbox.diary.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redbox.diary.EntryTime;
import org.redbox.directory.Role;
import org.redbox.support.BrowserJourney;
import org.redbox.support.ChromiumAvailable;
import org.redbox.support.DatabaseAvailable;
import org.redbox.support.DatabaseProfiles;
import org.redbox.support.DemoOffices;
import org.redbox.support.HeadlessChromium;
import org.redbox.support.MutableClock;
import org.redbox.support.TestClockConfiguration;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole life of an invitation, in a real headless Chromium, through the pages as the office's
 * people use them: it arrives through the public form; a caseworker makes it an invitation at
 * triage and enters the event, and sees it scored; the head of office accepts it at the diary
 * meeting with the keyboard; a diary manager finds the engagement in the Mayor's diary and
 * commissions a briefing, due counted back from the event; the policy officer writes and submits
 * it; the head of office clears it; and the evening before, the Mayor's day sheet (page and PDF)
 * shows the engagement with its cleared briefing. Each page no other journey checks gets axe-core.
 */
@ExtendWith({ DatabaseAvailable.class, ChromiumAvailable.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@Import({ TestClockConfiguration.class, DemoOffices.class })
class InvitationToDaySheetJourneyIT {

	private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy");

	/** The office's default: a briefing is due 3 working days before the event (redbox.briefings). */
	private static final int BRIEFING_WORKING_DAYS_BEFORE = 3;

	@LocalServerPort
	int port;
	@Autowired
	MutableClock clock;
	@Autowired
	WorkingCalendars calendars;
	@Autowired
	DemoOffices offices;

	WebDriver browser;
	BrowserJourney journey;

	@BeforeEach
	void openBrowser() {
		browser = HeadlessChromium.start();
		journey = new BrowserJourney(browser, port);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anInvitationArrivesIsScoredAcceptedBriefedClearedAndOnTheDaySheet() throws Exception {
		String event = "Opening of the Riverside schools cycle hub " + UUID.randomUUID().toString().substring(0, 6);
		// Four weeks ahead, on a Tuesday: the briefing's due day is counted back over the weekend before it.
		LocalDate day = LocalDate.now(clock).plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		LocalDate due = workingDaysBefore(day, BRIEFING_WORKING_DAYS_BEFORE);

		String reference = theInvitationArrivesThroughThePublicForm();
		UUID caseId = aCaseworkerMakesItAnInvitationAndEntersTheEvent(reference, event, day);
		theHeadOfOfficeAcceptsItAtTheDiaryMeeting(caseId, event);
		String briefing = aDiaryManagerFindsTheEngagementAndCommissionsABriefing(event, day, due, reference);
		thePolicyOfficerWritesAndSubmitsIt(event, briefing);
		theHeadOfOfficeClearsIt(event, day, due, briefing);

		// The evening before, from the time the day sheet is ready, it opens on the day of the event.
		Duration toTheEveningBefore = Duration.between(clock.instant(), day.minusDays(1).atTime(18, 0).atZone(EntryTime.LONDON).toInstant());
		clock.advance(toTheEveningBefore);
		try {
			theMayorsDaySheetShowsTheEngagementWithItsClearedBriefing(event, day, due, reference);
		}
		finally {
			clock.advance(toTheEveningBefore.negated());
		}
	}

	private String theInvitationArrivesThroughThePublicForm() {
		browser.get(journey.url("/write/may"));
		journey.type("fullName", "Bea Okoro");
		journey.type("email", "bea.okoro." + System.nanoTime() + "@riverside-schools.example");
		journey.type("postcode", "EX4 2RS");
		journey.type("subject", "Invitation: open our new cycling hub");
		journey.type("message", "Dear Mayor, we would be delighted if you would open the new cycle hub at Riverside Academy "
				+ "and say a few words to our pupils, parents and the local press.");
		journey.type("privacyNoticeRead", Keys.SPACE);
		journey.press("Send message");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Message sent"));
		String reference = browser.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
		assertThat(reference).matches("MAY-\\d{4}-\\d+");
		return reference;
	}

	private UUID aCaseworkerMakesItAnInvitationAndEntersTheEvent(String reference, String event, LocalDate day) {
		journey.signInAs(Role.CASEWORKER);
		journey.navigateTo("Cases");
		journey.type("case-search", reference, Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Search"));
		journey.assertAccessible("case search results");
		journey.follow(reference);
		assertThat(journey.heading()).isEqualTo("Invitation: open our new cycling hub");
		assertThat(journey.main()).contains("General correspondence", "by web form", "Bea Okoro", "Complete triage");

		journey.choose("case-type", "Invitation to the principal");
		journey.press("Change the type");
		assertThat(journey.banner()).contains("Now Invitation to the principal: its deadline follows that type's clock");
		UUID caseId = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1"));

		journey.follow("The invitation: event, score and decision");
		assertThat(journey.main()).contains("Enter the invitation", "Decision due");
		journey.assertAccessible("invitation page before its details");
		journey.type("eventName", event);
		journey.typeDate(browser.findElement(By.id("date")), day);
		journey.type("venue", "Riverside Academy, Riverside");
		journey.type("organiser", "Riverside Schools Trust (Bea Okoro)");
		journey.choose("role", "Give a speech");
		journey.type("audienceSize", "400");
		browser.findElement(By.cssSelector("input[type=checkbox][name=mediaPresent]")).sendKeys(Keys.SPACE);
		journey.press("Save the details");

		assertThat(journey.banner()).contains("Invitation details saved");
		assertThat(browser.findElement(By.className("invitation-assessment")).getText()).contains("Recommended: Accept", "Score 65",
				"Strategic priority: cycling, schools", "In the principal's area: Riverside", "Large audience: about 400",
				"A speaking part: give a speech", "Media present");
		assertThat(journey.heading()).isEqualTo(event);
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='Record the decision']")))
				.as("a caseworker enters an invitation; the head of office decides it").isEmpty();
		journey.assertAccessible("invitation page with its score");
		return caseId;
	}

	private void theHeadOfOfficeAcceptsItAtTheDiaryMeeting(UUID caseId, String event) {
		journey.signInAs(Role.CHIEF_OF_STAFF);
		journey.navigateTo("Diary meeting");
		WebElement item = browser.findElement(By.id("case-" + caseId));
		assertThat(item.getText()).contains(event, "from Bea Okoro", "Recommended: Accept", "Score 65");

		item.findElement(By.id("decision-" + caseId + "-ACCEPT")).sendKeys(Keys.SPACE);
		journey.enter(item.findElement(By.id("reason-" + caseId)), "Schools and cycling, in Riverside, with the press");
		assertThat(journey.banner()).contains("Accepted: the engagement is in the diary");
		assertThat(browser.findElements(By.id("case-" + caseId))).isEmpty();
	}

	/** @return the briefing's page */
	private String aDiaryManagerFindsTheEngagementAndCommissionsABriefing(String event, LocalDate day, LocalDate due,
			String reference) {
		journey.signInAs(Role.DIARY_MANAGER);
		openTheMayorsDiary();
		for (int week = 0; week < 6 && browser.findElements(By.linkText(event)).isEmpty(); week++) {
			journey.follow("Next week");
		}
		assertThat(browser.findElements(By.linkText(event))).as("the engagement in the Mayor's diary, in the week of %s", day).hasSize(1);
		journey.assertAccessible("diary week");

		journey.follow(event);
		assertThat(journey.heading()).isEqualTo(event);
		assertThat(journey.main()).contains("Engagement", day + " 18:00 to 20:00 (Europe/London)", "Riverside Academy, Riverside",
				"Invitation " + reference + " from Riverside Schools Trust", "Asked to: give a speech", "No briefing has been commissioned.");
		journey.assertAccessible("diary entry without a briefing");

		journey.follow("Commission a briefing");
		assertThat(journey.heading()).isEqualTo("Commission a briefing");
		assertThat(browser.findElement(By.id("due-hint")).getText())
				.isEqualTo("By default " + LONG_DAY.format(due) + ", counted back in working days from the engagement.");
		assertThat(browser.findElement(By.id("due")).getDomProperty("value")).isEqualTo(due.toString());
		journey.assertAccessible("commission a briefing");
		journey.choose("team", "Policy and briefings");
		journey.type("request", "Background on Riverside Schools Trust and the cycle hub; lines to take on school streets.");
		journey.press("Commission the briefing");

		assertThat(journey.banner()).contains("Briefing commissioned from Policy and briefings, due " + LONG_DAY.format(due));
		assertThat(journey.main()).contains("Briefing: " + event, "Requested", "Policy and briefings by Dana Hughes", LONG_DAY.format(due));
		journey.assertAccessible("briefing as commissioned");
		return browser.getCurrentUrl();
	}

	private void thePolicyOfficerWritesAndSubmitsIt(String event, String briefing) {
		journey.signInAs(Role.POLICY_OFFICER);
		journey.navigateTo("Briefings");
		WebElement row = briefingRow(event);
		assertThat(row.getText()).contains("Mayor of Exampleton", "Policy and briefings", "Requested");
		journey.assertAccessible("briefings list");

		journey.follow(row.findElement(By.partialLinkText(event)));
		assertThat(browser.getCurrentUrl()).isEqualTo(briefing);
		assertThat(journey.main()).contains("Background on Riverside Schools Trust", "Write the briefing");
		journey.type("content", "Riverside Schools Trust runs four academies in the ward. "
				+ "The cycle hub was paid for by the active travel fund.");
		journey.press("Save the text");
		assertThat(journey.banner()).contains("Briefing saved");
		assertThat(journey.main()).contains("The cycle hub was paid for by the active travel fund.", "Written by Ellis Jones");
		journey.assertAccessible("briefing being written");
		journey.press("Submit for clearance");
		assertThat(journey.banner()).contains("Briefing submitted for clearance");
		assertThat(journey.main()).contains("Awaiting clearance").doesNotContain("Write the briefing");
	}

	private void theHeadOfOfficeClearsIt(String event, LocalDate day, LocalDate due, String briefing) {
		journey.signInAs(Role.CHIEF_OF_STAFF);
		journey.navigateTo("Briefings");
		WebElement row = briefingRow(event);
		assertThat(row.getText()).contains("Awaiting clearance");
		journey.follow(row.findElement(By.partialLinkText(event)));
		assertThat(browser.getCurrentUrl()).isEqualTo(briefing);
		assertThat(journey.main()).contains("The cycle hub was paid for by the active travel fund.", "Clearance");
		journey.assertAccessible("briefing awaiting clearance");
		journey.press("Clear the briefing");
		assertThat(journey.banner()).contains("Briefing cleared: it is now on the diary entry");
		assertThat(journey.main()).contains("Cleared", "Cleared by Sam Taylor").doesNotContain("Clear the briefing");

		journey.follow(event + ", " + LONG_DAY.format(day) + ", 18:00");
		assertThat(journey.heading()).isEqualTo(event);
		assertThat(browser.findElement(By.xpath("//h2[normalize-space()='Briefings']/following-sibling::ul")).getText())
				.contains("Cleared", "Policy and briefings: briefing for " + DAY_MONTH_YEAR.format(day) + ", Cleared, due "
						+ DAY_MONTH_YEAR.format(due));
		journey.assertAccessible("diary entry with its cleared briefing");
	}

	private void theMayorsDaySheetShowsTheEngagementWithItsClearedBriefing(String event, LocalDate day, LocalDate due,
			String reference) throws Exception {
		journey.signInAs(Role.PRINCIPAL);
		openTheMayorsDiary();
		journey.follow("Day sheet");
		assertThat(journey.heading()).isEqualTo("Day sheet: " + LONG_DAY.format(day));
		WebElement card = browser.findElement(By.xpath("//div[contains(@class, 'govuk-summary-card')][.//a[normalize-space()='" + event + "']]"));
		assertThat(card.getText()).contains("18:00\u201320:00", "Engagement", "Riverside Academy, Riverside",
				"Invitation " + reference, "Asked to: give a speech", "Media present",
				"Cleared", "Policy and briefings: Cleared, due " + DateTimeFormatter.ofPattern("EEE d MMM").format(due))
				.doesNotContain("OVERDUE", "None commissioned");
		journey.assertAccessible("day sheet");

		String pdf = pdfText(browser.findElement(By.linkText("Download PDF to print")).getDomProperty("href"));
		assertThat(pdf).contains(LONG_DAY.format(day), event, "Riverside Academy, Riverside",
				"Briefing: Cleared (Policy and briefings, Cleared", "Contact on the day");
	}

	/** The Diary link leads straight to the diary when it is the only one the person sees, else to the list of diaries. */
	private void openTheMayorsDiary() {
		journey.navigateTo("Diary");
		if (journey.heading().equals("Diaries")) {
			journey.follow("Mayor of Exampleton");
		}
		assertThat(journey.heading()).isEqualTo("Mayor of Exampleton");
	}

	/** The PDF behind {@code href}, fetched in the browser's session as its download link would be, as text. */
	private String pdfText(String href) throws Exception {
		String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
		try (var document = Loader.loadPDF(response.body())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private WebElement briefingRow(String event) {
		return browser.findElement(By.xpath("//tr[.//a[contains(normalize-space(), '" + event + "')]]"));
	}

	/** Counted back by hand, day by day, on the Mayor's office's calendar of working days. */
	private LocalDate workingDaysBefore(LocalDate day, int workingDays) {
		var calendar = calendars.calendar(HolidayRegion.of(offices.mayor().jurisdiction()));
		LocalDate due = day;
		for (int counted = 0; counted < workingDays;) {
			due = due.minusDays(1);
			if (calendar.isWorkingDay(due)) {
				counted++;
			}
		}
		return due;
	}
}
