package org.mdscape.app.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/**
 * Writes a figure at its printed size: SVG (JFreeSVG) and PDF (pdfbox-graphics2d, DejaVu Sans embedded so that
 * ±, σ and Greek letters survive) as vectors, PNG as pixels at a chosen resolution.
 *
 * <p>Figures are laid out on an area {@link #LAYOUT_SCALE} times the printed size and scaled down, so that the
 * screen's 12-pixel labels print at about 8.5 pt, the size journals ask for.
 */
public final class FigureWriter {
    static final double LAYOUT_SCALE = 1.4;
    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 1200;

    private FigureWriter() {
    }

    /** Writes {@code figure} to {@code out} in {@code format}; {@code dpi} matters for PNG only. */
    public static void write(Figure figure, FigureFormat format, FigureSize size, int dpi, Path out) throws IOException {
        switch (format) {
            case SVG -> svg(figure, size, out);
            case PDF -> pdf(figure, size, out);
            case PNG -> png(figure, size, dpi, out);
        }
    }

    public static void svg(Figure figure, FigureSize size, Path out) throws IOException {
        double w = size.widthPoints(), h = size.heightPoints();
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PT);
        paint(figure, g, w, h, 1.0);
        // No DOCTYPE: SVG 1.1's points to a DTD on the web, which some readers then try to fetch.
        Files.writeString(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n", StandardCharsets.UTF_8);
    }

    public static void pdf(Figure figure, FigureSize size, Path out) throws IOException {
        float w = (float) size.widthPoints(), h = (float) size.heightPoints();
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            for (Path f : PaperFonts.installed().files()) {
                // Registered under the name Java2D gives the face ("DejaVu Sans Bold"), which is what the drawer
                // looks up; a face it cannot find is drawn as outlines.
                try {
                    fonts.registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, f.toFile()).getFontName(), f.toFile());
                } catch (java.awt.FontFormatException e) {
                    throw new IOException("cannot read the font " + f + ": " + e.getMessage(), e);
                }
            }
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            g.setFontTextDrawer(fonts);
            paint(figure, g, w, h, 1.0);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            doc.getDocumentInformation().setTitle(figure.title());
            doc.getDocumentInformation().setCreator("MDScape");
            doc.save(out.toFile());
        }
    }

    public static void png(Figure figure, FigureSize size, int dpi, Path out) throws IOException {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "resolution: must be in [%d, %d] dpi (got %d)",
                    MIN_DPI, MAX_DPI, dpi));
        }
        int wpx = size.widthPixels(dpi), hpx = size.heightPixels(dpi);
        BufferedImage image = new BufferedImage(wpx, hpx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double pointsToPixels = dpi / FigureSize.POINTS_PER_INCH;
            paint(figure, g, size.widthPoints(), size.heightPoints(), pointsToPixels);
        } finally {
            g.dispose();
        }
        writePng(image, dpi, out);
    }

    /** White page, then the figure laid out at LAYOUT_SCALE times the size and scaled to fit. */
    private static void paint(Figure figure, Graphics2D g, double widthPt, double heightPt, double unitsPerPoint) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, widthPt * unitsPerPoint, heightPt * unitsPerPoint));
        double s = unitsPerPoint / LAYOUT_SCALE;
        g.scale(s, s);
        figure.draw(g, new Rectangle2D.Double(0, 0, widthPt * LAYOUT_SCALE, heightPt * LAYOUT_SCALE));
    }

    /** PNG with its resolution recorded (pHYs), so that a word processor places it at the printed size. */
    private static void writePng(BufferedImage image, int dpi, Path out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (OutputStream os = Files.newOutputStream(out); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            double mmPerPixel = FigureSize.MM_PER_INCH / dpi;
            // The PNG's own pHYs chunk, in pixels per metre (the generic "pixel size" metadata is not written
            // faithfully by every JDK's PNG writer).
            String ppm = Long.toString(Math.round(dpi / (FigureSize.MM_PER_INCH / 1000)));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            try {
                meta.mergeTree("javax_imageio_png_1.0", root);
            } catch (IIOInvalidTreeException e) {
                throw new IOException("cannot record the PNG's resolution: " + e.getMessage(), e);
            }
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }
}
