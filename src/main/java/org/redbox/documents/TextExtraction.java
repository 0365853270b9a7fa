package org.redbox.documents;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Reads the text of a file with Apache Tika — PDFs, and scanned pages and images by OCR where
 * Tesseract is installed (Tika looks for it at run time) — within {@link TextExtractionSettings}:
 * a file too large, too slow or unreadable gives no text and a reason, never an exception or a
 * request that hangs. Parsing runs on a small pool of its own so that the caller's wait is bounded
 * even when a parser ignores interruption; a parser that spins on past the time limit occupies
 * one of those few threads, not a request's.
 */
@Service
public class TextExtraction implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

	private final TextExtractionSettings settings;
	/** Reads pictures, and the pages of PDFs that have no text layer; does nothing where Tesseract is missing. */
	private final TesseractOCRParser ocr = tesseract();
	private final AutoDetectParser parser = new AutoDetectParser(new PDFParser(), ocr);
	private final ThreadPoolExecutor workers;

	TextExtraction(TextExtractionSettings settings) {
		this.settings = settings;
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(Math.max(1, settings.queue())), task -> {
					Thread thread = new Thread(task, "text-extraction-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/** Whether scanned pages and images can be read here (Tesseract found and OCR switched on). */
	public boolean canReadScans() {
		if (!settings.ocr()) {
			return false;
		}
		try {
			return ocr.hasTesseract();
		}
		catch (TikaConfigException e) {
			return false;
		}
	}

	private static TesseractOCRParser tesseract() {
		var tesseract = new TesseractOCRParser();
		try {
			tesseract.initialize(Map.of());
		}
		catch (TikaConfigException e) {
			log.warn("OCR is not available: {}", e.getMessage());
		}
		return tesseract;
	}

	/** The text of {@code content}, named {@code filename} (its extension helps tell the type). */
	public ExtractedText extract(String filename, byte[] content) {
		if (content == null || content.length == 0) {
			return ExtractedText.none("The file is empty.");
		}
		if (content.length > settings.maxFileSize().toBytes()) {
			return ExtractedText.none("The file is larger than " + settings.maxFileSize().toMegabytes()
					+ " MB, so its text was not read.");
		}
		Future<ExtractedText> reading;
		try {
			reading = workers.submit(() -> parse(filename, content));
		}
		catch (RejectedExecutionException e) {
			return ExtractedText.none("Too many files are being read at the moment, so this file's text was not read.");
		}
		try {
			return reading.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			reading.cancel(true);
			log.warn("Gave up reading the text of {} after {}", filename, settings.timeout());
			return ExtractedText.none("Reading the file took longer than " + inWords(settings.timeout())
					+ ", so its text was not read.");
		}
		catch (ExecutionException e) {
			log.info("Could not read the text of {}: {}", filename, e.getCause().toString());
			return ExtractedText.none("The file's text could not be read: it may be damaged or of a kind Redbox cannot read.");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			reading.cancel(true);
			return ExtractedText.none("Reading the file was interrupted.");
		}
	}

	private static String inWords(java.time.Duration limit) {
		long seconds = limit.toSeconds();
		return seconds < 1 ? limit.toMillis() + " milliseconds" : seconds + (seconds == 1 ? " second" : " seconds");
	}

	private ExtractedText parse(String filename, byte[] content) throws Exception {
		var handler = new BodyContentHandler(settings.maxCharacters());
		var metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
		boolean truncated = false;
		try (var stream = TikaInputStream.get(content)) {
			// A picture goes straight to OCR: Tika's own image parsers (a module not included) would only read its metadata.
			boolean picture = "image".equals(parser.getDetector().detect(stream, metadata).getType());
			(picture ? ocr : parser).parse(stream, handler, metadata, context());
		}
		catch (Exception e) {
			if (!WriteLimitReachedException.isWriteLimitReached(e)) {
				throw e;
			}
			truncated = true;
		}
		String text = tidy(handler.toString());
		if (text.isBlank()) {
			return ExtractedText.none(canReadScans() ? "No text was found in the file."
					: "No text was found in the file. Scanned pages and photos can only be read where Tesseract (OCR) is installed.");
		}
		return new ExtractedText(text, truncated, truncated
				? "Only the first " + settings.maxCharacters() + " characters of the text were read." : null);
	}

	private ParseContext context() {
		var context = new ParseContext();
		context.set(Parser.class, parser);
		var ocr = new TesseractOCRConfig();
		ocr.setSkipOcr(!settings.ocr());
		ocr.setLanguage(settings.ocrLanguage());
		ocr.setTimeoutSeconds((int) Math.max(1, settings.timeout().toSeconds()));
		context.set(TesseractOCRConfig.class, ocr);
		var pdf = new PDFParserConfig();
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
		pdf.setExtractInlineImages(false);
		context.set(PDFParserConfig.class, pdf);
		return context;
	}

	/** Trailing spaces off, runs of blank lines made one, no control characters but line breaks and tabs. */
	static String tidy(String text) {
		return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("[ \\t]+\\n", "\n")
				.replaceAll("\\n{3,}", "\n\n").strip();
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}
}
