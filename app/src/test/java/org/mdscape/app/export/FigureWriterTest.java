package org.mdscape.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.app.figures.ProfileFigure;
import org.mdscape.app.viewmodel.DensityProfileData;
import org.w3c.dom.Document;

/** Exports read back by independent readers: the JDK's XML parser, PDFBox, ImageIO. */
class FigureWriterTest {
    static ProfileFigure profile() {
        int n = 20;
        double[] z = new double[n], rp = new double[n], ep = new double[n], rm = new double[n], em = new double[n];
        boolean[] c = new boolean[n];
        for (int i = 0; i < n; i++) {
            z[i] = -1 + (i + 0.5) * 0.1;
            rp[i] = 0.5 + 0.3 * Math.cos(3 * z[i]);
            rm[i] = 0.5 - 0.1 * Math.cos(3 * z[i]);
            ep[i] = 0.02;
            em[i] = 0.03;
        }
        return new ProfileFigure(7, new DensityProfileData(z, c, rp, ep, rm, em));
    }

    @Test
    void svgIsXmlWithBothSeriesAndTheirPoints(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("p.svg");
        FigureWriter.svg(profile(), FigureSize.SINGLE_COLUMN, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(85 / 25.4 * 72, Double.parseDouble(doc.getDocumentElement().getAttribute("width").replace("pt", "")),
                0.01, "85 mm is 240.94 pt wide");
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains(ProfileFigure.PLUS) && text.contains(ProfileFigure.MINUS));
        assertTrue(text.contains("±1σ"), "the axis label keeps ± and σ");
        // 20 points per series, each with a marker and an error bar: well over 40 drawn shapes.
        int shapes = doc.getElementsByTagName("path").getLength() + doc.getElementsByTagName("line").getLength()
                + doc.getElementsByTagName("ellipse").getLength();
        assertTrue(shapes >= 80, "shapes: " + shapes);
    }

    @Test
    void pdfHasOnePageItsTextAndTheFontEmbedded(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("p.pdf");
        FigureWriter.pdf(profile(), FigureSize.DOUBLE_COLUMN, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(170 / 25.4 * 72, doc.getPage(0).getMediaBox().getWidth(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("z (nm)"), text);
            // The y label is rotated, so a text extractor reads it a few letters a line: compare without white space.
            assertTrue(text.replaceAll("\\s", "").contains("ρ(mol/L),errorbars±1σ"), text);
            assertTrue(text.contains("ρ− (anions)"), text);
            if (PaperFonts.installed().available()) {
                List<PDFont> fonts = new ArrayList<>();
                collect(doc.getPage(0).getResources(), fonts);
                assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PDFont::isEmbedded), "fonts embedded");
                assertTrue(fonts.stream().anyMatch(ft -> ft.getName().contains("DejaVuSans")),
                        "DejaVu Sans: " + fonts.stream().map(PDFont::getName).toList());
            }
        }
    }

    private static void collect(PDResources res, List<PDFont> out) throws Exception {
        if (res == null) {
            return;
        }
        for (COSName n : res.getFontNames()) {
            out.add(res.getFont(n));
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), out);
            }
        }
    }

    @Test
    void pngHasThePixelsOfItsPrintedSizeAndResolution(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("p.png");
        FigureWriter.png(profile(), FigureSize.SINGLE_COLUMN, 300, out);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(Math.round(85 / 25.4 * 300), img.getWidth());
        assertEquals(Math.round(64 / 25.4 * 300), img.getHeight());
        // pHYs chunk: 300 dpi = 11811 pixels per metre, as a word processor reads it.
        byte[] bytes = Files.readAllBytes(out);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = raw.indexOf("pHYs");
        assertTrue(at > 0, "a pHYs chunk");
        long ppm = ((bytes[at + 4] & 0xFFL) << 24) | ((bytes[at + 5] & 0xFF) << 16) | ((bytes[at + 6] & 0xFF) << 8) | (bytes[at + 7] & 0xFF);
        assertEquals(11811, ppm, 1);
        try {
            FigureWriter.png(profile(), FigureSize.SINGLE_COLUMN, 5000, out);
            throw new AssertionError("5000 dpi accepted");
        } catch (IllegalArgumentException e) {
            assertEquals("resolution: must be in [72, 1200] dpi (got 5000)", e.getMessage());
        }
    }

    @Test
    void csvQuotesWhatNeedsQuoting(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.csv");
        new TableCsv("t", List.of("place", "cost"), List.of(List.of("a, b", "1"), List.of("say \"hi\"", "2"))).write(out);
        assertEquals("place,cost\r\n\"a, b\",1\r\n\"say \"\"hi\"\"\",2\r\n", Files.readString(out));
    }
}
