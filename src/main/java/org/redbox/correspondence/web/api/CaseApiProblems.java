package org.redbox.correspondence.web.api;

import java.net.URI;

import org.redbox.correspondence.internal.CaseNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The case API's own problems (RFC 9457); the rest (bad parameters, refusals, 403) are the
 * application's, in {@code org.redbox.web.ApiProblems}.
 */
@RestControllerAdvice(basePackageClasses = CaseApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseApiProblems {

	/** Also a case the caller may not see: the answer must not reveal that it exists. */
	@ExceptionHandler(CaseNotFound.class)
	ProblemDetail notFound(CaseNotFound e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such case");
		problem.setTitle("Not found");
		return problem;
	}

	/** The case's stage does not allow the transition (the aggregate refused it). */
	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("Not allowed at this stage");
		problem.setType(URI.create("https://redbox.example/problems/illegal-transition"));
		return problem;
	}

	/** Someone else changed the case between this request's read and its write: nothing was changed; try again. */
	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	ProblemDetail changedMeanwhile(org.springframework.dao.OptimisticLockingFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The case was changed by someone else at the same moment; nothing was changed, read it again and retry");
		problem.setTitle("Changed meanwhile");
		problem.setType(URI.create("https://redbox.example/problems/concurrent-change"));
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The body is not JSON of the expected shape");
		problem.setTitle("Unreadable request");
		return problem;
	}
}
