package org.redbox.intake.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Uploads larger than the server accepts at all ({@code spring.servlet.multipart.*}) on the
 * public form and the post scans: the body is read here, before Spring Security (whose CSRF token
 * comes after the files and is never reached), and the person is sent back to the form with
 * {@code ?too-large}, where the error summary says the limit. Nothing is kept or changed.
 */
@Component
class UploadLimit extends OncePerRequestFilter implements Ordered {

	static final String FLAG = "too-large";
	private static final Pattern UPLOAD_FORMS = Pattern.compile("/write/[A-Za-z0-9-]+|/intake/post");

	private final DataSize maxFile;
	private final DataSize maxRequest;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
		this.maxFile = maxFile;
		this.maxRequest = maxRequest;
	}

	/** Just after character encoding, before security. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
				|| !UPLOAD_FORMS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException e) {
			if (!tooLarge(e)) {
				throw e;
			}
			response.sendRedirect(request.getRequestURI() + "?" + FLAG);
			return;
		}
		chain.doFilter(request, response);
	}

	/** As Spring's multipart resolver tells a size limit from other failures: by the server's words. */
	private static boolean tooLarge(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
			if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
				return true;
			}
		}
		return false;
	}

	/** Shows the limit on the form named {@code formName} as an error of {@code field}, when the request says so. */
	void explain(Object form, String formName, String field, String flag, Model model) {
		if (flag != null) {
			BindingResult errors = new BeanPropertyBindingResult(form, formName);
			errors.rejectValue(field, FLAG, message());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, errors);
		}
	}

	String message() {
		return "The files you chose were too large to receive: each must be smaller than " + maxFile.toMegabytes()
				+ " MB, and all of them together smaller than " + maxRequest.toMegabytes()
				+ " MB. Nothing was sent or saved, so please fill in the form again with smaller files";
	}
}
