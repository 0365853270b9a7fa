package org.redbox.correspondence.web.api;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.redbox.correspondence.NoReplyReason;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseRecords;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.correspondence.web.api.CaseRequests.TransitionRequest;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.InvalidParameter;
import org.redbox.shared.StaffId;
import org.springframework.stereotype.Component;

/**
 * The actions {@code POST /api/cases/{id}/transitions} takes, each mapped onto the casework
 * service the case page uses, so the API obeys the same rules: 404 for a case the caller may
 * not see, 403 for an action they may not take, 409 when the case's stage forbids it.
 */
@Component
class CaseTransitions {

	/** An action's name on the wire and what it does. */
	enum Action {
		COMPLETE_TRIAGE("complete-triage"), CLOSE_WITHOUT_REPLY("close-without-reply"), ALLOCATE("allocate"),
		SAVE_DRAFT("save-draft"), SUBMIT_DRAFT("submit-draft"), APPROVE("approve"), RETURN("return"),
		SIGN_OFF("sign-off"), DISPATCH("dispatch"), ADD_NOTE("add-note"), REOPEN("reopen");

		private final String wireName;

		Action(String wireName) {
			this.wireName = wireName;
		}

		static Action of(String name) {
			String wanted = Fields.required("action", name);
			return Arrays.stream(values()).filter(a -> a.wireName.equals(wanted)).findFirst()
					.orElseThrow(() -> new InvalidParameter("action", "Unknown action '" + wanted + "': use one of "
							+ Arrays.stream(values()).map(a -> a.wireName).collect(Collectors.joining(", "))));
		}
	}

	private final CaseWork work;
	private final CaseAllocation allocation;
	private final CaseRecords records;
	private final org.redbox.correspondence.internal.LetterDispatch letters;
	private final org.redbox.correspondence.internal.EmailDispatch email;

	CaseTransitions(CaseWork work, CaseAllocation allocation, CaseRecords records,
			org.redbox.correspondence.internal.LetterDispatch letters, org.redbox.correspondence.internal.EmailDispatch email) {
		this.letters = letters;
		this.email = email;
		this.work = work;
		this.allocation = allocation;
		this.records = records;
	}

	void apply(SignedInStaff by, UUID id, TransitionRequest request) {
		if (request == null) {
			throw new InvalidParameter("action", "Send the transition as JSON with an 'action'");
		}
		handler(Action.of(request.action())).accept(by, new Target(id, request));
	}

	private BiConsumer<SignedInStaff, Target> handler(Action action) {
		return switch (action) {
			case COMPLETE_TRIAGE -> (by, t) -> work.completeTriage(by, t.id(),
					t.body().topics() == null ? Set.of() : Set.copyOf(t.body().topics()),
					Boolean.TRUE.equals(t.body().reputationalRisk()),
					Fields.marking(t.body().marking(), t.body().descriptor(), records.visible(by, t.id()).marking()));
			case CLOSE_WITHOUT_REPLY -> (by, t) -> work.closeWithoutReply(by, t.id(),
					Fields.oneOf("reason", NoReplyReason.class, t.body().reason()), t.body().note());
			case ALLOCATE -> (by, t) -> allocation.allocate(by, t.id(), Fields.id("team", t.body().team()),
					new StaffId(Fields.id("officer", t.body().officer())));
			case SAVE_DRAFT -> (by, t) -> work.saveDraft(by, t.id(), Fields.required("html", t.body().html()));
			case SUBMIT_DRAFT -> (by, t) -> work.submitDraft(by, t.id());
			case APPROVE -> (by, t) -> work.approve(by, t.id());
			case RETURN -> (by, t) -> work.returnForRedraft(by, t.id(), Fields.required("reason", t.body().reason()));
			case SIGN_OFF -> (by, t) -> work.signOff(by, t.id());
			case DISPATCH -> this::dispatch;
			case ADD_NOTE -> (by, t) -> work.addNote(by, t.id(), Fields.required("note", t.body().note()));
			case REOPEN -> (by, t) -> work.reopen(by, t.id(), Fields.required("reason", t.body().reason()));
		};
	}

	/** "email" sends the signed reply with its PDF letter; any other method records it as sent by hand and keeps the PDF. */
	private void dispatch(SignedInStaff by, Target t) {
		String method = Fields.required("method", t.body().method());
		if (method.equalsIgnoreCase("email")) {
			email.send(by, t.id());
		}
		else {
			letters.dispatchByHand(by, t.id(), method);
		}
	}

	private record Target(UUID id, TransitionRequest body) {
	}
}
