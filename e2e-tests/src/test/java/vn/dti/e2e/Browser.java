package vn.dti.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver, never downloaded) with a fresh
 * profile, pointed at the gateway's dashboard.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("dti.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("dti.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;

    Browser(int width, int height) throws IOException {
        profile = Files.createTempDirectory("dti-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    static Browser desktop() throws IOException {
        return new Browser(1400, 1000);
    }

    static Browser phone() throws IOException {
        return new Browser(412, 915);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a dashboard address and waits until its view has been drawn. */
    void open(String pathAndQuery) {
        driver.get(RunningSuite.GATEWAY + pathAndQuery);
        awaitDrawn();
    }

    void awaitDrawn() {
        new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> view = d.findElements(By.cssSelector("#view[data-ready]:not([aria-busy])"));
            return !view.isEmpty();
        });
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The option an ECharts chart was drawn with, as JSON-like maps and lists. */
    Object chartOption(String elementId, String path) {
        return script("const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                + "if (!c) return null; let v = c.getOption();"
                + "for (const k of arguments[1].split('.')) { v = v == null ? null : v[k]; } return v;", elementId, path);
    }

    /** Signs in through the realm's login page, as a person would (authorization code + PKCE). */
    void signIn(String user) {
        open("/");
        await(By.id("login")).click();
        await(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), user));
        awaitDrawn();
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("dti.e2e.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
