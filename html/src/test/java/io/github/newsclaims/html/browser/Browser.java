package io.github.newsclaims.html.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real headless Chromium driven by Selenium through Debian's chromedriver, for the page tests.
 * The browser and driver paths come from the system properties {@code newsclaims.chromium} and
 * {@code newsclaims.chromedriver} (default {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver});
 * Selenium Manager is never asked to download anything. When the browser cannot start, {@link #start()}
 * fails with what is missing and how to install it: the tests fail, they never skip.
 */
public final class Browser implements AutoCloseable {
  private static final String INSTALL = "install them with: apt-get install -y chromium chromium-driver fonts-noto-color-emoji"
      + " (html/src/test/sh/ensure-browser.sh does it when run as root)";

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a fresh headless Chromium with a new profile, a 1400×1000 window, and browser-console logging. */
  public static Browser start() {
    return start(1400, 1000);
  }

  /** Starts a fresh headless Chromium with a window of the given size. */
  public static Browser start(int width, int height) {
    Path chromium = Path.of(System.getProperty("newsclaims.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("newsclaims.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      throw new AssertionError("the browser tests need " + chromium + " and " + chromedriver
          + ", which are missing; " + INSTALL);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("newsclaims-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
        "--force-device-scale-factor=1", "--lang=en-US");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      return new Browser(driver, profile);
    } catch (RuntimeException e) {
      delete(profile);
      throw new AssertionError("headless Chromium did not start (" + chromium + " with " + chromedriver + "): "
          + e.getMessage().lines().findFirst().orElse("") + "; " + INSTALL, e);
    }
  }

  /** The Selenium driver. */
  public WebDriver driver() {
    return driver;
  }

  /** Loads the page from a file:// URL and waits until its script has run. */
  public void open(Path page) {
    driver.get(page.toUri().toString());
    Object ready = js("return document.documentElement.getAttribute('data-ready')");
    if (!"true".equals(ready)) {
      throw new AssertionError("the page's script did not finish: data-ready is " + ready
          + "; console: " + consoleErrors());
    }
  }

  /** Runs JavaScript in the page and returns its result. */
  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The browser console's errors and warnings (SEVERE and WARNING) since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString)
        .toList();
  }

  /** A PNG screenshot of the viewport. */
  public byte[] screenshot() {
    return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
  }

  /**
   * The share of pixels of a PNG that differ from its top-left pixel's colour: 0 for a blank
   * image. Throws if the bytes are not an image.
   */
  public static double inkShare(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new AssertionError("the screenshot is not an image");
      }
      int background = image.getRGB(0, 0);
      long differing = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if (image.getRGB(x, y) != background) {
            differing++;
          }
        }
      }
      return (double) differing / ((long) image.getWidth() * image.getHeight());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the tests keep their screenshots: {@code newsclaims.screenshots}, or a temporary directory. */
  public static Path screenshotDirectory() {
    try {
      String configured = System.getProperty("newsclaims.screenshots");
      Path directory = configured == null ? Files.createTempDirectory("newsclaims-screenshots-") : Path.of(configured);
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }
}
