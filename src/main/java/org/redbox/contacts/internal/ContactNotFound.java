package org.redbox.contacts.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No contact has this id: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ContactNotFound extends RuntimeException {

	public ContactNotFound() {
		super("No such contact");
	}
}
