package org.redbox.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Renders an HTML page (a letter, a day sheet) as PDF with OpenHTMLtoPDF. The page is parsed
 * leniently (jsoup) into the well-formed document the renderer needs. A bundled Unicode font,
 * DejaVu Sans, is embedded, so Welsh (ŵ, ŷ, â) and other letters render on a machine with no
 * fonts installed; pages should ask for {@value #FONT_FAMILY} in their CSS.
 */
@Component
public class PdfRenderer {

	public static final String FONT_FAMILY = "DejaVu Sans";

	/** Renders {@code html} (a whole page with its own {@code <style>}) as a PDF. */
	public byte[] render(String html) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render the PDF", e);
		}
		return out.toByteArray();
	}

	private static InputStream font(String file) {
		InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
		if (in == null) {
			throw new IllegalStateException("The bundled font " + file + " is missing");
		}
		return in;
	}
}
