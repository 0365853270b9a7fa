package org.redbox.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redbox.directory.Role;
import org.redbox.support.ChromiumAvailable;
import org.redbox.support.HeadlessChromium;
import org.redbox.support.DatabaseAvailable;
import org.redbox.support.DatabaseProfiles;
import org.redbox.support.DemoStaff;
import org.redbox.support.TestMailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a real headless Chromium: a resident writes to the Mayor through the public form (putting a
 * mistake right on the way), sees the reference, and a caseworker finds the new case among the
 * office's cases at triage and opens it. Every page is checked with axe-core (WCAG 2.2 A and AA).
 */
@ExtendWith({ DatabaseAvailable.class, ChromiumAvailable.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class WriteToUsJourneyIT {

	@RegisterExtension
	static GreenMailExtension mailServer = TestMailServer.create();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry, mailServer);
	}

	@LocalServerPort
	int port;
	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

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
	void aResidentWritesToTheMayorAndACaseworkerFindsTheCaseAtTriage() {
		String subject = "Flooded underpass on Station Road " + System.nanoTime();
		browser.get(url("/write/may"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Write to the Office of the Mayor");
		assertNoAccessibilityViolations("public form");

		browser.findElement(By.id("fullName")).sendKeys("Nia Thomas");
		browser.findElement(By.id("email")).sendKeys("nia.thomas@example");
		browser.findElement(By.id("postcode")).sendKeys("EX3 9ZZ");
		browser.findElement(By.id("subject")).sendKeys(subject);
		browser.findElement(By.id("message")).sendKeys("The underpass floods every time it rains.");
		send();
		var summary = browser.findElement(By.className("govuk-error-summary"));
		assertThat(summary.getText()).contains("Enter an email address in the correct format",
				"Confirm that you have read how we use your information");
		assertNoAccessibilityViolations("public form with errors");

		summary.findElement(By.linkText("Confirm that you have read how we use your information")).click();
		browser.findElement(By.id("privacyNoticeRead")).click();
		var email = browser.findElement(By.id("email"));
		email.clear();
		email.sendKeys("nia.thomas." + System.nanoTime() + "@example.org");
		send();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Message sent"));
		String reference = browser.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
		assertThat(reference).matches("MAY-\\d{4}-\\d+");
		assertNoAccessibilityViolations("confirmation page");

		signInAs(Role.CASEWORKER);
		browser.findElement(By.linkText("Cases")).click();
		browser.findElement(By.linkText("All open")).click();
		new Select(browser.findElement(By.id("stage"))).selectByVisibleText("Triage");
		browser.findElement(By.xpath("//button[normalize-space()='Apply filters' or normalize-space()='Filter']")).click();
		assertNoAccessibilityViolations("workstack at triage");
		browser.findElement(By.id("case-search")).sendKeys(reference);
		browser.findElement(By.cssSelector(".redbox-case-search button")).click();
		browser.findElement(By.linkText(reference)).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains(reference));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(subject);
		assertThat(browser.getPageSource()).contains("by web form", "Nia Thomas", "The underpass floods every time it rains.",
				"Complete triage");
		assertNoAccessibilityViolations("case page of a web-form case");
	}

	@Test
	void aCaseworkerLogsAScannedLetterAndACallWithPagesThatPassAccessibilityChecks() throws Exception {
		java.nio.file.Path scan = java.nio.file.Files.createTempFile("letter", ".pdf");
		java.nio.file.Files.write(scan, org.redbox.intake.post.ScannedLetters.pdf("3 Bridge Street", "Exampleton",
				"EX5 1AB", "", "Re: Bus shelter vandalised", "", "The shelter glass is broken again.", "", "Yours faithfully,",
				"Owen Price"));
		signInAs(Role.CASEWORKER);

		browser.findElement(By.linkText("Post and calls")).click();
		assertNoAccessibilityViolations("log a letter, step 1");
		browser.findElement(By.id("scan")).sendKeys(scan.toString());
		browser.findElement(By.xpath("//button[normalize-space()='Upload and read']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains("check the details"));
		assertThat(browser.findElement(By.id("writerName")).getAttribute("value")).isEqualTo("Owen Price");
		assertThat(browser.findElement(By.id("subject")).getAttribute("value")).isEqualTo("Bus shelter vandalised");
		assertNoAccessibilityViolations("log a letter, step 2");
		press("Log letter");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("MAY-"));
		assertThat(browser.getPageSource()).contains("by letter", "Owen Price", scan.getFileName().toString());
		java.nio.file.Files.delete(scan);

		browser.get(url("/intake/call"));
		browser.findElement(By.xpath("//button[normalize-space()='Log call or visit']")).click();
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Enter the caller's name");
		assertNoAccessibilityViolations("log a call with errors");
		browser.findElement(By.id("channel-IN_PERSON")).click();
		browser.findElement(By.id("callerName")).sendKeys("Mrs Okafor");
		browser.findElement(By.id("phone")).sendKeys("01632 960 123");
		browser.findElement(By.id("subject")).sendKeys("Surgery: school crossing");
		browser.findElement(By.id("text")).sendKeys("Asks for a lollipop person at Hill Primary.");
		press("Log call or visit");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("MAY-"));
		assertThat(browser.getPageSource()).contains("by in person", "Mrs Okafor");
	}

	@Test
	void aManagersIntakePagesQuarantineMailboxesAndCampaignsPassAccessibilityChecks() {
		String name = "Axe inbox " + System.nanoTime();
		signInAs(Role.CORRESPONDENCE_MANAGER);

		browser.get(url("/intake"));
		assertNoAccessibilityViolations("intake and quarantine list");
		browser.get(url("/intake/mailboxes"));
		assertNoAccessibilityViolations("mailboxes");
		browser.findElement(By.xpath("//button[normalize-space()='Add mailbox']")).click();
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Enter a name for the mailbox");
		assertNoAccessibilityViolations("mailboxes with errors");
		browser.findElement(By.id("name")).sendKeys(name);
		browser.findElement(By.id("host")).sendKeys("imap.example.invalid");
		browser.findElement(By.id("username")).sendKeys("axe@exampleton.gov.uk");
		browser.findElement(By.id("secretName")).sendKeys("REDBOX_AXE_PASSWORD");
		press("Add mailbox");
		press("Switch off");
		assertNoAccessibilityViolations("mailboxes with one listed");
		browser.findElement(By.xpath("//a[contains(normalize-space(), 'Change mailbox " + name + "')]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Change mailbox"));
		assertNoAccessibilityViolations("change a mailbox");
		browser.findElement(By.id("port")).clear();
		browser.findElement(By.xpath("//button[normalize-space()='Save changes']")).click();
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Enter the port");
		assertNoAccessibilityViolations("change a mailbox with errors");

		browser.get(url("/campaigns"));
		assertNoAccessibilityViolations("campaigns list");
		browser.get(url("/intake/post"));
		assertNoAccessibilityViolations("log a letter");
		browser.get(url("/intake/call"));
		assertNoAccessibilityViolations("log a call");
	}

	@Test
	void filesOverTheServersUploadLimitGiveAPageSayingTheLimitAndChangeNothing() throws Exception {
		java.nio.file.Path huge = java.nio.file.Files.createTempFile("huge", ".pdf");
		try (var out = java.nio.file.Files.newOutputStream(huge)) {
			byte[] megabyte = new byte[1024 * 1024];
			for (int i = 0; i < 26; i++) {
				out.write(megabyte);
			}
		}
		Integer cases = jdbc.queryForObject("select count(*) from case_file", Integer.class);
		Integer scans = jdbc.queryForObject("select count(*) from intake_post_scan", Integer.class);
		try {
			browser.get(url("/write/may"));
			browser.findElement(By.id("subject")).sendKeys("Too big");
			browser.findElement(By.id("attachments")).sendKeys(huge.toString());
			send();
			assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
					.contains("each must be smaller than 25 MB", "Nothing was sent or saved");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Write to the Office of the Mayor");
			assertNoAccessibilityViolations("public form after too large an upload");

			signInAs(Role.CASEWORKER);
			browser.get(url("/intake/post"));
			browser.findElement(By.id("scan")).sendKeys(huge.toString());
			browser.findElement(By.xpath("//button[normalize-space()='Upload and read']")).click();
			new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("too-large"));
			assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
					.contains("each must be smaller than 25 MB");
		}
		finally {
			java.nio.file.Files.delete(huge);
		}
		assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isEqualTo(cases);
		assertThat(jdbc.queryForObject("select count(*) from intake_post_scan", Integer.class)).isEqualTo(scans);
	}

	/** Presses the button and waits for the next page, which must show no problem. */
	private void press(String button) {
		var before = browser.findElement(By.tagName("html"));
		browser.findElement(By.xpath("//button[normalize-space()='" + button + "']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
		assertThat(browser.findElements(By.className("govuk-error-summary"))).as("a problem after %s: %s", button,
				browser.findElements(By.className("govuk-error-summary")).stream().map(e -> e.getText()).toList()).isEmpty();
	}

	private void send() {
		var before = browser.findElement(By.tagName("html"));
		browser.findElement(By.xpath("//button[normalize-space()='Send message']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
	}

	private void signInAs(Role role) {
		browser.get(url("/sign-in"));
		browser.findElement(By.id("email")).sendKeys(DemoStaff.EMAIL_BY_ROLE.get(role));
		browser.findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Home"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void assertNoAccessibilityViolations(String page) {
		HeadlessChromium.assertNoAccessibilityViolations(browser, page);
	}
}
