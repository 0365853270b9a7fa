package org.redbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redbox.support.ChromiumAvailable;
import org.redbox.support.DatabaseAvailable;
import org.redbox.support.DatabaseProfiles;
import org.redbox.support.DemoStaff;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The first journey of a new user, in a real headless Chromium, with an axe-core check of each page. */
@ExtendWith({ DatabaseAvailable.class, ChromiumAvailable.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class SignInJourneyIT {

	private static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		var options = new ChromeOptions();
		options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(ChromiumAvailable.DRIVER.toFile()).build();
		browser = new ChromeDriver(service, options);
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
		browser.get("http://localhost:" + port + "/cases?view=ALL");
		assertThat(browser.getPageSource()).contains("Street lights out on Mill Lane");
		assertNoAccessibilityViolations("workstack");
	}

	private void assertNoAccessibilityViolations(String page) {
		List<Rule> violations = new AxeBuilder().withTags(WCAG_22_A_AA).analyze(browser).getViolations();
		assertThat(violations).as("WCAG 2.2 A/AA violations on the %s: %s", page,
				violations.stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).toList()).toList())
				.isEmpty();
	}
}
