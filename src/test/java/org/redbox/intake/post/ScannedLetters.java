package org.redbox.intake.post;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Letters as a scanner or a word processor would make them: a PDF with a text layer, or a picture of text. */
public final class ScannedLetters {

	private ScannedLetters() {
	}

	/** A one-page PDF whose text layer holds {@code lines}. */
	public static byte[] pdf(String... lines) {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				content.setLeading(15);
				content.newLineAtOffset(72, 740);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A PNG picture of {@code line} in large black type: only OCR can read it. */
	public static byte[] png(String line) {
		var image = new BufferedImage(1400, 200, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.setColor(Color.BLACK);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 56));
		graphics.drawString(line, 40, 120);
		graphics.dispose();
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A small PDF that makes a text extractor spin: one page whose compressed content stream, a few
	 * kilobytes, unpacks to {@code glyphs} separately placed characters, each of which the
	 * extractor must position, measure and compare with its neighbours.
	 */
	public static byte[] spinning(int glyphs) {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			var resources = new org.apache.pdfbox.pdmodel.PDResources();
			var font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			page.setResources(resources);
			var content = new StringBuilder("BT /" + font.getName() + " 11 Tf\n");
			for (int i = 0; i < glyphs; i++) {
				content.append("1 0 0 1 ").append(72 + i % 400).append(' ').append(740 - i % 650).append(" Tm (W) Tj\n");
			}
			content.append("ET\n");
			var stream = new org.apache.pdfbox.pdmodel.common.PDStream(document,
					new java.io.ByteArrayInputStream(content.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
					org.apache.pdfbox.cos.COSName.FLATE_DECODE);
			page.setContents(stream);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
