package org.redbox.correspondence.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such case, or one the asker may not know exists: both answer 404, so markings leak nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFound extends RuntimeException {

	public CaseNotFound() {
		super("No such case");
	}
}
