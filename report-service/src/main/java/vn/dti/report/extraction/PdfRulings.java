package vn.dti.report.extraction;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The border lines a PDF page draws: stroked horizontal and vertical lines, and the thin filled rectangles that Word and
 * LibreOffice draw table borders with. Coordinates are the text's: x from the crop box's left edge, y down from its top.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A line or a rectangle thinner than this (points) is a border line. */
    private static final float THIN = 2.5f;
    /** A border shorter than this (points) is a tick or a glyph's stroke, not a table's. */
    private static final float MIN_LENGTH = 6f;

    record Segment(boolean horizontal, float position, float from, float to) {
    }

    private final List<Segment> segments = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private final float left;
    private final float top;
    private Point2D current = new Point2D.Float();

    private PdfRulings(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        left = box.getLowerLeftX();
        top = box.getUpperRightY();
    }

    static List<Segment> of(PDPage page) throws IOException {
        PdfRulings rulings = new PdfRulings(page);
        rulings.processPage(page);
        return rulings.segments;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // A closed outline is drawn from its rectangles or lines already recorded.
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (float[] line : path) {
            addLine(line[0], line[1], line[2], line[3]);
        }
        for (Point2D[] r : rectangles) {
            for (int i = 0; i < 4; i++) {
                Point2D a = r[i];
                Point2D b = r[(i + 1) % 4];
                addLine((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY());
            }
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) {
            addThinRectangle(r);
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // Pictures are not borders.
    }

    @Override
    public void clip(int windingRule) {
        // Clipping does not draw.
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // A shading fills an area; it draws no border.
    }

    private void clear() {
        path.clear();
        rectangles.clear();
    }

    private void addThinRectangle(Point2D[] r) {
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (Point2D p : r) {
            minX = Math.min(minX, (float) p.getX());
            maxX = Math.max(maxX, (float) p.getX());
            minY = Math.min(minY, (float) p.getY());
            maxY = Math.max(maxY, (float) p.getY());
        }
        if (maxY - minY <= THIN && maxX - minX >= MIN_LENGTH) {
            addLine(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
        } else if (maxX - minX <= THIN && maxY - minY >= MIN_LENGTH) {
            addLine((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
        }
    }

    private void addLine(float x1, float y1, float x2, float y2) {
        float ax = x1 - left, bx = x2 - left, ay = top - y1, by = top - y2;
        if (Math.abs(ay - by) <= THIN && Math.abs(ax - bx) >= MIN_LENGTH) {
            segments.add(new Segment(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
        } else if (Math.abs(ax - bx) <= THIN && Math.abs(ay - by) >= MIN_LENGTH) {
            segments.add(new Segment(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
        }
    }
}
