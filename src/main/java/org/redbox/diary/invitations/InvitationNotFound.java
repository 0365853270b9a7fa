package org.redbox.diary.invitations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such invitation case, or none the person asking may see: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InvitationNotFound extends RuntimeException {

	public InvitationNotFound() {
		super("No such invitation");
	}
}
