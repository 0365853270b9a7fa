package org.redbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.redbox.support.ChromiumAvailable;
import org.redbox.support.HeadlessChromium;
import org.redbox.support.DatabaseAvailable;
import org.redbox.support.DatabaseProfiles;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.support.DemoStaff;
import org.redbox.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The journeys users take, in a real headless Chromium, with an axe-core check of each page:
 * signing in, logging a letter, and a letter from logging to a reply received by email.
 */
@ExtendWith({ DatabaseAvailable.class, ChromiumAvailable.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class SignInJourneyIT {

	@RegisterExtension
	static GreenMailExtension mailServer = TestMailServer.create();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry, mailServer);
	}

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

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
	void theHeadOfOfficeSignsInSeesTheHomePageAndSignsOut() {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getTitle()).startsWith("Sign in");
		assertNoAccessibilityViolations("sign-in page");

		browser.findElement(By.id("email")).sendKeys(DemoStaff.EMAIL_BY_ROLE.get(org.redbox.directory.Role.CHIEF_OF_STAFF));
		browser.findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Home"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Sam Taylor");
		assertThat(browser.findElement(By.className("govuk-header")).getText()).contains("Sam Taylor", "Office of the Mayor");
		assertThat(browser.findElement(By.className("redbox-demo-banner")).getText()).contains("demonstration data");
		assertNoAccessibilityViolations("home page");

		browser.get("http://localhost:" + port + "/no-such-page");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(browser.getPageSource()).doesNotContain("Exception", "at org.");
		browser.get("http://localhost:" + port + "/admin");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
		browser.get("http://localhost:" + port + "/");

		browser.findElement(By.cssSelector(".redbox-sign-out button")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Sign in"));
		assertThat(browser.getPageSource()).contains("You have signed out");
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getTitle()).startsWith("Sign in");
	}

	@Test
	void aWrongPasswordIsExplainedOnTheSignInPage() {
		browser.get("http://localhost:" + port + "/sign-in");
		browser.findElement(By.id("email")).sendKeys("caseworker@exampleton.gov.uk");
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
				.contains("Enter a correct email address and password");
		assertNoAccessibilityViolations("sign-in page with an error");
	}

	@Test
	void aCaseworkerLogsALetterAndSeesItsCasePage() {
		browser.get("http://localhost:" + port + "/sign-in");
		browser.findElement(By.id("email")).sendKeys(DemoStaff.EMAIL_BY_ROLE.get(org.redbox.directory.Role.CASEWORKER));
		browser.findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Home"));

		browser.get("http://localhost:" + port + "/cases/new");
		assertNoAccessibilityViolations("log a case page");
		browser.findElement(By.id("subject")).sendKeys("Street lights out on Mill Lane");
		browser.findElement(By.id("text")).sendKeys("The lights have been out for a week.");
		browser.findElement(By.id("correspondentName")).sendKeys("Rhian Evans");
		browser.findElement(By.cssSelector("form button[type=submit].govuk-button:not(.govuk-button--secondary)")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("MAY-"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Street lights out on Mill Lane");
		assertThat(browser.getPageSource()).contains("Logged as MAY-", "Rhian Evans", "Complete triage");
		assertNoAccessibilityViolations("case page");
		String reference = browser.getTitle().substring(browser.getTitle().indexOf("MAY-")).split(" ")[0];
		browser.get("http://localhost:" + port + "/cases?view=ALL");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertNoAccessibilityViolations("workstack");
		// The workstack shows the first 50 open cases by deadline; on a database that keeps earlier runs'
		// cases (PostgreSQL) today's new one may be further on, so find it as a caseworker would.
		browser.get("http://localhost:" + port + "/cases/search?q=" + reference);
		assertThat(browser.getPageSource()).contains(reference, "Street lights out on Mill Lane");
	}

	@Test
	void aLetterIsLoggedAllocatedDraftedFromATemplateApprovedSignedOffAndEmailedWithThePdf() throws Exception {
		String writer = "gwen.price." + System.nanoTime() + "@example.com";
		signInAs(Role.CASEWORKER);
		browser.get("http://localhost:" + port + "/cases/new");
		browser.findElement(By.id("subject")).sendKeys("Evening buses on route 7");
		browser.findElement(By.id("text")).sendKeys("The last bus now leaves at 7pm.");
		browser.findElement(By.id("correspondentName")).sendKeys("Gwen Price");
		browser.findElement(By.id("correspondentEmail")).sendKeys(writer);
		browser.findElement(By.cssSelector("form button[type=submit].govuk-button:not(.govuk-button--secondary)")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("MAY-"));
		String casePage = browser.getCurrentUrl();
		String reference = browser.getTitle().substring(browser.getTitle().indexOf("MAY-")).split(" ")[0];
		browser.findElement(By.cssSelector("input[name=topics][value=Transport]")).click();
		press("Complete triage");

		signInAs(Role.CORRESPONDENCE_MANAGER);
		browser.get(casePage);
		new Select(browser.findElement(By.id("team"))).selectByVisibleText("Correspondence");
		new Select(browser.findElement(By.id("officer"))).selectByValue(staffId(Role.CASEWORKER));
		press("Allocate");

		signInAs(Role.CASEWORKER);
		browser.get(casePage);
		assertThat(new Select(browser.findElement(By.id("template"))).getFirstSelectedOption().getText()).isEqualTo("General reply");
		assertNoAccessibilityViolations("case page at drafting, with templates");
		browser.findElement(By.xpath("//label[normalize-space()='Transport: Bus fare cap']")).click();
		press("Use template");
		assertThat(browser.findElement(By.id("reply")).getAttribute("value")).contains("Dear Gwen Price", reference,
				"£2 single bus fare cap");
		press("Submit for approval");

		signInAs(Role.CORRESPONDENCE_MANAGER);
		browser.get(casePage);
		press("Approve (Quality assurance)");
		signInAs(Role.CHIEF_OF_STAFF);
		browser.get(casePage);
		press("Approve (Private office approval)");
		press("Sign off the reply");

		signInAs(Role.CASEWORKER);
		browser.get(casePage);
		press("Send by email");
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("sent by email");
		assertThat(browser.getPageSource()).contains("Reply dispatched by email", reference + "-letter.pdf",
				reference + "-email.eml");
		assertNoAccessibilityViolations("case page with its documents");

		assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage email = java.util.Arrays.stream(mailServer.getReceivedMessagesForDomain("example.com"))
				.filter(m -> recipient(m).equals(writer)).findFirst().orElseThrow();
		var multipart = (MimeMultipart) email.getContent();
		var pdf = multipart.getBodyPart(multipart.getCount() - 1);
		assertThat(pdf.getContentType()).startsWith("application/pdf");
		try (var document = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
			assertThat(new PDFTextStripper().getText(document)).contains(reference, "Dear Gwen Price", "Alex Morgan");
		}
	}

	private void signInAs(Role role) {
		browser.get("http://localhost:" + port + "/sign-in");
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/sign-in");
		browser.findElement(By.id("email")).sendKeys(DemoStaff.EMAIL_BY_ROLE.get(role));
		browser.findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Home"));
	}

	/** Presses the button with this text and waits for the case page to say what happened. */
	private void press(String button) {
		var before = browser.findElement(By.tagName("html"));
		browser.findElement(By.xpath("//button[normalize-space()=\"" + button + "\"]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector(".govuk-notification-banner, .govuk-error-summary")));
		assertThat(browser.findElements(By.className("govuk-error-summary"))).as("no problem after " + button).isEmpty();
	}

	private String staffId(Role role) {
		return directory.activeStaff(DemoStaff.EMAIL_BY_ROLE.get(role)).orElseThrow().id().value().toString();
	}

	private static String recipient(MimeMessage message) {
		try {
			return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private void assertNoAccessibilityViolations(String page) {
		HeadlessChromium.assertNoAccessibilityViolations(browser, page);
	}
}
