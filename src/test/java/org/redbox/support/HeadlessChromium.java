package org.redbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium, headless, for browser journeys; and the axe-core check every page of a journey gets. */
public final class HeadlessChromium {

	private static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private HeadlessChromium() {
	}

	/** A new browser (see {@link ChromiumAvailable} for where it is found); quit it after the test. */
	public static WebDriver start() {
		var options = new ChromeOptions();
		options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(ChromiumAvailable.DRIVER.toFile()).build();
		return new ChromeDriver(service, options);
	}

	/** Fails with each WCAG 2.2 A/AA violation axe-core finds on the page the browser shows. */
	public static void assertNoAccessibilityViolations(WebDriver browser, String page) {
		List<Rule> violations = new AxeBuilder().withTags(WCAG_22_A_AA).analyze(browser).getViolations();
		assertThat(violations).as("WCAG 2.2 A/AA violations on the %s: %s", page,
				violations.stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).toList()).toList())
				.isEmpty();
	}
}
