package org.redbox.web;

import java.net.URI;

import org.redbox.shared.InvalidParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the JSON API as problem details (RFC 9457), never a stack trace or an HTML page. */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

	@ExceptionHandler(InvalidParameter.class)
	ProblemDetail invalidParameter(InvalidParameter e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Invalid parameter: " + e.parameter());
		problem.setType(URI.create("https://redbox.example/problems/invalid-parameter"));
		problem.setProperty("parameter", e.parameter());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail refused(IllegalArgumentException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Request refused");
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this");
		problem.setTitle("Forbidden");
		return problem;
	}
}
