package org.mdscape.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.app.export.FigureFormat;
import org.mdscape.app.figures.ProfileFigure;
import org.mdscape.app.viewmodel.ExportViewModel;
import org.mdscape.app.viewmodel.JobRow;
import org.mdscape.app.viewmodel.PointSet;
import org.mdscape.app.viewmodel.WorkbenchViewModel;
import org.mdscape.engine.campaign.JobOverview;
import org.mdscape.engine.campaign.JobState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * The workbench driven by a robot, as a scientist would: under a display (xvfb-run -a in CI), with the DESIGN.md
 * flags. Screenshots of every screen go to target/screenshots/.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchGuiTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private WorkbenchViewModel vm;
    private MainWindow window;
    private ExecutorService background;
    private Preferences prefs;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final java.util.concurrent.atomic.AtomicLong worstUiTaskNanos = new java.util.concurrent.atomic.AtomicLong();

    @BeforeAll
    static void needsADisplay() throws IOException {
        // Fail loudly rather than skip: a CI run without a display must not pass by testing nothing.
        if (System.getenv("DISPLAY") == null) {
            fail("GUI tests need a display: run them as the README says (xvfb-run -a ./mvnw verify)");
        }
        Files.createDirectories(SCREENSHOTS);
    }

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/mdscape/test-" + UUID.randomUUID());
        background = WorkbenchApp.backgroundThreads();
        vm = new WorkbenchViewModel(background, r -> Platform.runLater(() -> {
            // How long the view models' own work holds the FX thread (apart from layout and rendering).
            long t = System.nanoTime();
            r.run();
            worstUiTaskNanos.accumulateAndGet(System.nanoTime() - t, Math::max);
        }), prefs, Runtime.getRuntime().availableProcessors());
        window = new MainWindow(stage, vm, dialogs);
        stage.setWidth(1280);
        stage.setHeight(860);
        stage.show();
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        vm.close();
        background.shutdownNow();
        prefs.removeNode();
    }

    @Test
    void draggingARangeSliderThumbChangesThePointCountAndTheScatterMatrix(FxRobot robot) throws Exception {
        robot.clickOn("#open-example");
        waitUntil(() -> vm.sweep().pointsProperty().get().size() == 12, "the example's 12 points");
        Label totals = robot.lookup("#totals").queryAs(Label.class);
        assertTrue(totals.getText().startsWith("12 points · 12 jobs"), totals.getText());
        WritableImage before = onFx(() -> window.sweepView().scatter().snapshot(null, null));
        PointSet pointsBefore = vm.sweep().pointsProperty().get();
        shoot(robot, "sweep");

        // zp is [1, 2] on a slider over [0, 5]: drag its upper thumb one unit right, to 3.
        RangeSlider zp = robot.lookup("#slider-zp").queryAs(RangeSlider.class);
        Node high = robot.from(zp).lookup(".high-thumb").query();
        double unit = zp.getWidth() / (zp.getMax() - zp.getMin()) * 0.95;
        robot.drag(high, MouseButton.PRIMARY).moveBy(unit, 0).release(MouseButton.PRIMARY);

        waitUntil(() -> vm.sweep().pointsProperty().get().size() == 18, "18 points after the drag");
        assertEquals(3.0, zp.getHighValue(), 1e-9, "the thumb snapped to 3");
        assertEquals("3", robot.lookup("#max-zp").queryAs(TextField.class).getText(), "the typed max follows the thumb");
        waitUntil(() -> totals.getText().startsWith("18 points · 18 jobs"), "totals follow");
        // The scatter matrix shows the new points: zp now takes the value 3 and the picture differs.
        PointSet after = vm.sweep().pointsProperty().get();
        int zpColumn = after.names().indexOf("zp");
        assertTrue(java.util.Arrays.stream(after.values()).anyMatch(p -> p[zpColumn] == 3.0));
        assertNotEquals(pointsBefore.size(), after.size());
        WritableImage afterImage = onFx(() -> window.sweepView().scatter().snapshot(null, null));
        assertTrue(differ(before, afterImage), "the scatter matrix was redrawn with the new points");
        shoot(robot, "sweep-after-drag");
    }

    @Test
    void typingAnInvalidValueShowsTheModelsMessageNextToTheField(FxRobot robot) throws Exception {
        robot.clickOn("#open-example");
        waitUntil(() -> vm.sweep().validProperty().get(), "the example is valid");
        TextField min = robot.lookup("#min-c").queryAs(TextField.class);
        robot.doubleClickOn(min).eraseText(min.getText().length() + 2).write("-0.2");
        Label message = robot.lookup("#message-c").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("c min"), "a message about c's minimum");
        String text = message.getText();
        assertTrue(text.contains("-0.2") && text.contains("(0, "), "names the value and the allowed range: " + text);
        assertTrue(min.getStyleClass().contains("invalid"), "the field is marked");
        waitUntil(() -> robot.lookup("#totals").queryAs(Label.class).getText().contains("problems"), "totals say so");
        shoot(robot, "sweep-invalid");

        robot.doubleClickOn(min).eraseText(8).write("abc");
        waitUntil(() -> message.getText().contains("not a number"), "a parse message");
        robot.doubleClickOn(min).eraseText(8).write("0.3");
        waitUntil(() -> message.getText().isEmpty() && vm.sweep().validProperty().get(), "the message goes away");
    }

    @Test
    void theExampleRunsToDoneOnThisComputerAndItsChartsExport(FxRobot robot, @TempDir Path dir) throws Exception {
        // The example with short runs, so the test takes seconds: the spec a scientist would save and open.
        String json;
        try (InputStream in = WorkbenchViewModel.class.getResourceAsStream(WorkbenchViewModel.EXAMPLE)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        json = json.replace("\"workers\": 2", "\"workers\": 1").replace("\"steps\": 20000", "\"steps\": 3000").replace("\"checkpointEvery\": 5000", "\"checkpointEvery\": 1000");
        assertTrue(json.contains("\"steps\": 3000"));
        Path spec = dir.resolve("small-electrolyte.json");
        Files.writeString(spec, json);
        shoot(robot, "start");

        dialogs.files.add(spec);
        robot.clickOn("#open");
        waitUntil(() -> vm.sweep().validProperty().get() && vm.sweep().jobCountProperty().get() == 12, "the spec is open");
        robot.clickOn("#nav-plan");
        waitUntil(() -> vm.plan().chosenProperty().get() != null, 90, "a plan with a chosen option");
        assertTrue(vm.plan().chosenProperty().get().local(), "with no deadline, this computer ($0) is the cheapest");
        assertTrue(vm.plan().rows().stream().anyMatch(r -> r.provisioning().equals("spot")), "Spot VMs are offered");
        shoot(robot, "plan");

        FxPulseWatchdog watchdog = new FxPulseWatchdog();
        onFx(() -> {
            watchdog.start();
            return null;
        });
        Thread.sleep(3000);
        System.out.printf(Locale.ROOT, "FX pulse watchdog, idle window before the launch: worst gap %.1f ms over %d pulses%n",
                watchdog.worstMillis(), watchdog.pulses());
        robot.clickOn("#launch");
        waitUntil(() -> vm.runs().jobs().size() == 12, "12 jobs in the table");
        // Measure the campaign, not the one-off cost of the Runs screen's first frames (software GL compiles its
        // shaders for the new kinds of paint on first use).
        waitUntil(() -> window.runsView().thermo().drawn() > 0, "the first thermo picture");
        Thread.sleep(500);
        onFx(() -> {
            watchdog.reset(); // measure from the moment jobs run, not the window's first layout
            worstUiTaskNanos.set(0);
            return null;
        });
        long t0 = System.nanoTime();
        waitUntil(() -> vm.runs().jobs().stream().allMatch(j -> j.stateProperty().get() == JobState.DONE), 240,
                "every job done");
        double seconds = (System.nanoTime() - t0) / 1e9;
        onFx(() -> {
            watchdog.stop();
            return null;
        });
        System.out.printf(Locale.ROOT, "FX pulse watchdog: worst gap %.1f ms over %d pulses in %.1f s while 12 jobs ran%n",
                watchdog.worstMillis(), watchdog.pulses(), seconds);
        System.out.println("FX pulse gaps over 34 ms: " + watchdog.stalls);
        System.out.printf(Locale.ROOT, "longest view-model update on the FX thread: %.1f ms%n", worstUiTaskNanos.get() / 1e6);
        assertTrue(watchdog.pulses() > 10 * seconds, "the watchdog saw pulses (" + watchdog.pulses() + ")");
        // Our own work on the FX thread (every view-model update posted with runLater) must stay under the 50 ms
        // budget. The wall-clock pulse gap also contains software-OpenGL rendering under Xvfb, which on an idle
        // machine keeps it at 20-45 ms but on a loaded shared 2-core machine reaches 60-110 ms with none of our code
        // running; so the gap is reported, and held only to a bound that a real block (a query, a file, a chart
        // drawn on the FX thread) would break.
        assertTrue(worstUiTaskNanos.get() / 1e6 <= 50, "a view-model update held the FX thread for "
                + worstUiTaskNanos.get() / 1e6 + " ms");
        assertTrue(watchdog.worstMillis() <= 250, "the FX thread stalled for " + watchdog.worstMillis() + " ms: "
                + watchdog.stalls);
        JobOverview last = vm.runs().jobs().getLast().overview();
        assertEquals(3000, last.stepsDone());
        waitUntil(() -> robot.lookup("#jobs-table").queryTableView().getItems().stream()
                .allMatch(j -> ((JobRow) j).stateProperty().get() == JobState.DONE), "the table shows done");
        assertTrue(robot.lookup(".table-row-cell").queryAll().stream().anyMatch(n -> n.lookupAll(".text").stream()
                .anyMatch(t -> "done".equals(((javafx.scene.text.Text) t).getText()))), "a row reads 'done'");

        shoot(robot, "runs-done");
        Node row2 = robot.lookup("#jobs-table .table-row-cell").queryAll().stream()
                .filter(n -> n.isVisible() && ((javafx.scene.control.TableRow<?>) n).getIndex() == 2
                        && ((javafx.scene.control.TableRow<?>) n).getItem() instanceof JobRow j && j.jobId() == 2)
                .findFirst().orElseThrow();
        // Click the row's point text (the progress bar's cell would do too, but text is where people click).
        Node pointCell = robot.from(row2).lookup(".table-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.TableCell<?, ?>) c).getText() != null
                        && ((javafx.scene.control.TableCell<?, ?>) c).getText().startsWith("h = "))
                .findFirst().orElseThrow();
        robot.clickOn(pointCell);
        waitUntil(() -> vm.runs().selectedJobProperty().get() == 2, "job 2 selected");
        waitUntil(() -> vm.runs().profileProperty().get().size() > 10 && vm.runs().thermoProperty().get().size() > 10,
                "job 2's thermo and profile are read");
        Thread.sleep(500);
        shoot(robot, "runs");

        robot.clickOn("#nav-surrogate");
        assertEquals(SurrogateView.REASON, robot.lookup("#surrogate-reason").queryAs(Label.class).getText());
        shoot(robot, "surrogate");

        robot.clickOn("#nav-export");
        ExportViewModel.Item profile = vm.export().items().stream().filter(i -> i.title().contains("density profile"))
                .findFirst().orElseThrow();
        onFx(() -> {
            vm.export().selectedProperty().set(profile);
            vm.export().formatProperty().set(FigureFormat.SVG);
            return null;
        });
        shoot(robot, "export");
        Path svg = dir.resolve("profile.svg"), pdf = dir.resolve("profile.pdf");
        dialogs.files.add(svg);
        robot.clickOn("#export-button");
        waitUntil(() -> Files.exists(svg) && vm.export().messageProperty().get().startsWith("Exported"), "the SVG");
        onFx(() -> {
            vm.export().formatProperty().set(FigureFormat.PDF);
            return null;
        });
        dialogs.files.add(pdf);
        robot.clickOn("#export-button");
        waitUntil(() -> Files.exists(pdf) && vm.export().messageProperty().get().equals("Exported " + pdf), "the PDF");

        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // never fetch
        Document doc = xml.newDocumentBuilder().parse(svg.toFile());
        String svgText = doc.getDocumentElement().getTextContent();
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(svgText.contains(ProfileFigure.PLUS) && svgText.contains(ProfileFigure.MINUS), "both series in the legend");
        assertTrue(svgText.contains("z (nm)"), "the axis label");
        try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, p.getNumberOfPages());
            String text = new PDFTextStripper().getText(p);
            assertTrue(text.contains("z (nm)"), "x axis label as text: " + text);
            // The rotated y label comes out a few letters a line: compare without white space.
            assertTrue(text.replaceAll("\\s", "").contains("ρ(mol/L),errorbars±1σ"), "± σ ρ survive as text: " + text);
        }
    }

    @Test
    void everyScreenHasAScreenshot(FxRobot robot) throws Exception {
        robot.clickOn("#new-campaign");
        waitUntil(() -> vm.sweep().validProperty().get(), "the new sweep is valid");
        for (String s : MainWindow.SCREENS) {
            onFx(() -> {
                window.show(s);
                return null;
            });
            Thread.sleep(300);
            shoot(robot, "new-" + s.toLowerCase(Locale.ROOT));
        }
        assertFalse(dialogs.asked.contains("open"));
    }

    // --- helpers ---

    private void shoot(FxRobot robot, String name) throws Exception {
        // Figures are drawn off the FX thread: wait until every visible one shows its current figure.
        waitUntil(() -> robot.lookup(".figure-view").queryAll().stream()
                .filter(n -> n.getScene() != null && n.isVisible() && ((FigureView) n).getWidth() > 10)
                .allMatch(n -> ((FigureView) n).current()), 30, "figures drawn for screenshot " + name);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = onFx(() -> window.stage().getScene().snapshot(null));
        BufferedImage b = SwingFXUtils.fromFXImage(img, null);
        ImageIO.write(b, "png", SCREENSHOTS.resolve(name + ".png").toFile());
    }

    private static boolean differ(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return true;
        }
        var ra = a.getPixelReader();
        var rb = b.getPixelReader();
        int changed = 0;
        for (int y = 0; y < a.getHeight(); y += 2) {
            for (int x = 0; x < a.getWidth(); x += 2) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    changed++;
                }
            }
        }
        return changed > 20;
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition, String what) throws Exception {
        waitUntil(condition, 20, what);
    }

    private static void waitUntil(Callable<Boolean> condition, int seconds, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            fail("waited " + seconds + " s for " + what);
        }
    }
}
