package org.redbox.diary.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.diary.EntryTime;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.support.ChromiumAvailable;
import org.redbox.support.DatabaseAvailable;
import org.redbox.support.DatabaseProfiles;
import org.redbox.support.DemoStaff;
import org.redbox.support.HeadlessChromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real headless Chromium: the head of office opens the diary meeting, finds an invitation
 * with its score and recommendation, decides it with the keyboard alone, and finds the
 * engagement in the Mayor's diary. Every page is checked with axe-core (WCAG 2.2 A and AA).
 */
@ExtendWith({ DatabaseAvailable.class, ChromiumAvailable.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class DiaryMeetingJourneyIT {

	@LocalServerPort
	int port;
	@Autowired
	CaseIntake intake;
	@Autowired
	InvitationDecisions decisions;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	Clock clock;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = HeadlessChromium.start();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theHeadOfOfficeAcceptsAnInvitationAtTheDiaryMeetingWithTheKeyboard() {
		String event = "Launch of the Riverside schools cycling scheme " + UUID.randomUUID().toString().substring(0, 6);
		LocalDate day = LocalDate.now(clock.withZone(EntryTime.LONDON)).plusDays(45);
		UUID id = invitation(event, day);

		signInAsHeadOfOffice();
		browser.get(url("/diary/meeting"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Diary meeting");
		WebElement item = browser.findElement(By.id("case-" + id));
		assertThat(item.getText()).contains(event, "Recommended:", "Strategic priority: cycling, schools", "Mayor of Exampleton on");
		HeadlessChromium.assertNoAccessibilityViolations(browser, "diary meeting");

		item.findElement(By.id("decision-" + id + "-ACCEPT")).sendKeys(Keys.SPACE);
		WebElement reason = item.findElement(By.id("reason-" + id));
		reason.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		reason.sendKeys("Two strategic priorities and the press", Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-notification-banner, .govuk-error-summary")));

		assertThat(browser.findElements(By.className("govuk-error-summary"))).isEmpty();
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
				.contains("Accepted: the engagement is in the diary");
		assertThat(browser.findElements(By.id("case-" + id))).isEmpty();
		HeadlessChromium.assertNoAccessibilityViolations(browser, "diary meeting after a decision");

		browser.get(url("/cases/" + id + "/invitation"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Accepted", "Two strategic priorities and the press");
		HeadlessChromium.assertNoAccessibilityViolations(browser, "decided invitation");
		browser.findElement(By.linkText("Mayor of Exampleton on " + day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy"))))
				.click();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(event);
	}

	private UUID invitation(String event, LocalDate day) {
		var caseworker = directory.activeStaff(DemoStaff.EMAIL_BY_ROLE.get(Role.CASEWORKER)).orElseThrow();
		var office = directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow();
		var writer = contacts.findOrRegister(caseworker.actor(), office.id(), new ContactDetails("Ms Bea Okoro", ContactType.ORGANISATION,
				"Riverside Schools Trust", "bea.okoro@riverside-schools.example", null, null, null, false, false));
		var c = intake.log(caseworker, new NewCase(office.id(), CaseType.INVITATION, Channel.EMAIL, LocalDate.now(clock), "Invitation: " + event,
				"Please come and launch our scheme.", List.of(writer.id()), Set.of(), null, false, null));
		decisions.record(caseworker, c.id(), new InvitationDetails(event, EntryTime.timed(LocalDateTime.of(day, LocalTime.of(16, 0)),
				LocalDateTime.of(day, LocalTime.of(17, 0)), EntryTime.LONDON), "Riverside Academy", null, "Riverside Schools Trust",
				InvitationRole.SPEECH, 400, true, null, false, null));
		return c.id().value();
	}

	private void signInAsHeadOfOffice() {
		browser.get(url("/sign-in"));
		browser.findElement(By.id("email")).sendKeys(DemoStaff.EMAIL_BY_ROLE.get(Role.CHIEF_OF_STAFF));
		browser.findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Home"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
