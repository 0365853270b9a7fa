package org.redbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redbox.directory.Role;

/**
 * The steps a browser journey takes again and again, as the office's people take them: sign out
 * and in as the demo holder of a role, open a page from the primary navigation, follow a link or
 * press a button and wait for the page it leads to (which must show no problem), type a date into
 * a date field in the order the browser shows its parts, and have axe-core check the page.
 */
public final class BrowserJourney {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final WebDriver browser;
	private final int port;

	public BrowserJourney(WebDriver browser, int port) {
		this.browser = browser;
		this.port = port;
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs out whoever is signed in (with the header's button) and signs in as the demo office's holder of {@code role}. */
	public void signInAs(Role role) {
		List<WebElement> signOut = browser.findElements(By.cssSelector(".redbox-sign-out button"));
		if (signOut.isEmpty()) {
			browser.get(url("/sign-in"));
		}
		else {
			signOut.get(0).click();
			new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Sign in"));
		}
		browser.findElement(By.id("email")).sendKeys(DemoStaff.EMAIL_BY_ROLE.get(role));
		browser.findElement(By.id("password")).sendKeys(DemoStaff.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Home"));
	}

	/** Opens {@code item} from the primary navigation. */
	public void navigateTo(String item) {
		follow(browser.findElement(By.cssSelector(".moj-primary-navigation")).findElement(By.linkText(item)));
	}

	/** Follows the link whose whole text is {@code text}. */
	public void follow(String text) {
		follow(browser.findElement(By.linkText(text)));
	}

	/** Clicks {@code link} and waits for the page it leads to. */
	public void follow(WebElement link) {
		var before = browser.findElement(By.tagName("html"));
		link.click();
		new WebDriverWait(browser, WAIT).until(ExpectedConditions.stalenessOf(before));
	}

	/** Presses the button with this text and waits for the page it leads to, which must show no problem. */
	public void press(String button) {
		follow(browser.findElement(By.xpath("//button[normalize-space()=\"" + button + "\"]")));
		assertNoProblemAfter(button);
	}

	/** Types into the field with this id. */
	public void type(String id, CharSequence... keys) {
		browser.findElement(By.id(id)).sendKeys(keys);
	}

	/** Chooses the option with this text in the list with this id. */
	public void choose(String id, String option) {
		new Select(browser.findElement(By.id(id))).selectByVisibleText(option);
	}

	/**
	 * Puts {@code text} in place of what {@code field} holds and presses Enter, as someone at the
	 * keyboard sends a form; waits for the page it leads to, which must show no problem.
	 */
	public void enter(WebElement field, String text) {
		String id = field.getDomAttribute("id");
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		var before = browser.findElement(By.tagName("html"));
		field.sendKeys(text, Keys.ENTER);
		new WebDriverWait(browser, WAIT).until(ExpectedConditions.stalenessOf(before));
		assertNoProblemAfter("Enter in " + id);
	}

	private void assertNoProblemAfter(String action) {
		assertThat(browser.findElements(By.className("govuk-error-summary"))).as("a problem after %s: %s", action,
				browser.findElements(By.className("govuk-error-summary")).stream().map(WebElement::getText).toList()).isEmpty();
	}

	public String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	/** What the page's main part says. */
	public String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	/** What the success banner says. */
	public String banner() {
		return browser.findElement(By.className("govuk-notification-banner")).getText();
	}

	/**
	 * Types {@code date} into an {@code <input type=date>} digit by digit, as someone at the keyboard
	 * would: day, month and year in the order the browser's locale shows them.
	 */
	public void typeDate(WebElement input, LocalDate date) {
		@SuppressWarnings("unchecked")
		List<String> order = (List<String>) ((JavascriptExecutor) browser).executeScript(
				"return new Intl.DateTimeFormat(undefined, {year: 'numeric', month: '2-digit', day: '2-digit'})"
						+ ".formatToParts(new Date(2000, 10, 22)).filter(p => p.type !== 'literal').map(p => p.type);");
		var keys = new StringBuilder();
		for (String part : order) {
			keys.append(switch (part) {
				case "day" -> "%02d".formatted(date.getDayOfMonth());
				case "month" -> "%02d".formatted(date.getMonthValue());
				default -> "%04d".formatted(date.getYear());
			});
		}
		input.sendKeys(keys);
		assertThat(input.getDomProperty("value")).as("the date typed into %s", input.getDomAttribute("id")).isEqualTo(date.toString());
	}

	/** Fails with each WCAG 2.2 A/AA violation axe-core finds on the page. */
	public void assertAccessible(String page) {
		HeadlessChromium.assertNoAccessibilityViolations(browser, page);
	}
}
