package org.claimtrace.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real headless Chromium (Debian's, at {@code claimtrace.chromium}) for browser tests;
 * tests skip with a reason where it is absent, so {@code ./mvnw verify} passes on a
 * machine without it. CI installs it.
 */
public final class Chromium {

	private Chromium() {
	}

	public static Path executable() {
		Path path = Path.of(System.getProperty("claimtrace.chromium", "/usr/bin/chromium"));
		assumeTrue(Files.isExecutable(path), "Browser tests skipped: no Chromium at " + path
				+ " (install Debian's chromium package, or set -Dclaimtrace.chromium=...)");
		return path;
	}

	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--no-first-run", "--disable-sync")));
	}

	/** Screenshots land under target/screenshots for people to look at. */
	public static Path screenshot(String name) {
		return Path.of("target", "screenshots", name + ".png");
	}

	/**
	 * Saves a screenshot for people to look at. It asserts nothing, so a capture Chromium
	 * refuses ("Unable to capture screenshot", seen on a loaded CI machine for a long
	 * full page) is tried once more and then reported, without failing the journey.
	 */
	public static void capture(Page page, String name, boolean fullPage) {
		Page.ScreenshotOptions options = new Page.ScreenshotOptions().setPath(screenshot(name)).setFullPage(fullPage);
		for (int attempt = 1;; attempt++) {
			try {
				page.screenshot(options);
				return;
			}
			catch (PlaywrightException ex) {
				if (attempt == 2) {
					System.out.println(
							"Screenshot " + name + " not saved: " + ex.getMessage().lines().findFirst().orElse(""));
					return;
				}
				page.waitForTimeout(500);
			}
		}
	}

}
