package dev.helhet.agreements.rest.paper;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays text out on A4 pages — a title, headings, wrapped paragraphs, label and value lines, signature lines — and starts a
 * new page when one is full. One embedded open font (Liberation Sans, shipped inside PDFBox) that has æ, ø, å, ä and ö;
 * a letter it lacks (another script in a name or the minutes) prints as "?" rather than failing the sheet.
 */
final class PaperWriter implements AutoCloseable {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    PaperWriter() {
        try (InputStream ttf = PaperWriter.class.getResourceAsStream(FONT)) {
            if (ttf == null) {
                throw new IllegalStateException("PDFBox no longer ships " + FONT);
            }
            font = PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    PaperWriter title(String text) {
        return write(text, 18, true, 0, 6);
    }

    PaperWriter subtitle(String text) {
        return write(text, BODY, false, 0, 10);
    }

    PaperWriter heading(String text) {
        space(8);
        return write(text, 13, true, 0, 4);
    }

    PaperWriter strong(String text) {
        return write(text, BODY, true, 0, 1);
    }

    PaperWriter paragraph(String text) {
        for (String line : text.split("\\R")) {
            write(line.isBlank() ? " " : line, BODY, false, 0, 1);
        }
        return this;
    }

    /** A line indented under the one before: a goal's details, an action's who and when. */
    PaperWriter detail(String text) {
        return write(text, BODY - 1, false, 14, 1);
    }

    PaperWriter bullet(String text) {
        return write("•  " + text, BODY, false, 6, 1);
    }

    PaperWriter space(float points) {
        y -= points;
        return this;
    }

    /** Lines to sign on, side by side: a label under each and a date line. */
    PaperWriter signatures(List<String> labels, String dateLabel) {
        float needed = 70;
        if (y - needed < MARGIN + 20) {
            newPage();
        }
        space(44);
        float column = (WIDTH - 24 * (labels.size() - 1)) / labels.size();
        try {
            for (int i = 0; i < labels.size(); i++) {
                float x = MARGIN + i * (column + 24);
                out.moveTo(x, y);
                out.lineTo(x + column, y);
                out.stroke();
                text(labels.get(i), BODY - 1, false, x, y - 12);
                text(dateLabel, BODY - 1, false, x, y - 24);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        space(30);
        return this;
    }

    /** The document, each page footed with {@code footer} and "page/of" made by {@code pageOf}. */
    byte[] finish(String footer, java.util.function.BiFunction<Integer, Integer, String> pageOf) {
        try {
            out.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND,
                        true)) {
                    out = foot;
                    text(footer, 8, false, MARGIN, MARGIN - 24);
                    String number = pageOf.apply(i + 1, pages);
                    text(number, 8, false, MARGIN + WIDTH - width(number, 8), MARGIN - 24);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PaperWriter write(String text, float size, boolean bold, float indent, float after) {
        for (String line : wrap(printable(text), size, WIDTH - indent)) {
            float height = size * LEADING;
            if (y - height < MARGIN) {
                newPage();
            }
            y -= height;
            text(line, size, bold, MARGIN + indent, y);
        }
        y -= after;
        return this;
    }

    private void text(String line, float size, boolean bold, float x, float baseline) {
        try {
            out.beginText();
            out.setFont(font, size);
            // Bold from the one font: the letters stroked as well as filled.
            out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            out.setLineWidth(bold ? size / 30 : 1);
            out.newLineAtOffset(x, baseline);
            out.showText(printable(line));
            out.endText();
            out.setLineWidth(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(text, size, width)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The words of the text; one wider than the line (a long link, a long compound) broken where it must, letter by letter. */
    private List<String> words(String text, float size, float width) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[ \\u00a0]")) {
            StringBuilder piece = new StringBuilder();
            for (int point : word.codePoints().toArray()) {
                String longer = piece + new String(Character.toChars(point));
                if (!piece.isEmpty() && width(longer, size) > width) {
                    words.add(piece.toString());
                    piece.setLength(0);
                }
                piece.appendCodePoint(point);
            }
            words.add(piece.toString());
        }
        return words;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with tabs as spaces and any letter the font cannot show as "?". */
    private String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(point -> {
            boolean known = printable.computeIfAbsent(point, this::hasGlyph);
            shown.appendCodePoint(known ? point : '?');
        });
        return shown.toString();
    }

    private boolean hasGlyph(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
