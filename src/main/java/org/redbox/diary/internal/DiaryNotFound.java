package org.redbox.diary.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such diary or entry, or none the person asking may know of: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DiaryNotFound extends RuntimeException {

	public DiaryNotFound() {
		super("No such diary");
	}
}
