package org.redbox.correspondence.web;

import java.util.UUID;

import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Stage;
import org.redbox.correspondence.Workstack;
import org.redbox.shared.StaffId;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/** A workstack as the page and its CSV export are asked for it: the view, the filters and the order. */
record WorkstackQuery(Workstack.View view, CaseType type, Stage stage, UUID officer, String topic, Workstack.Due due,
		String sort) {

	WorkstackQuery {
		view = view == null ? Workstack.View.MINE : view;
		sort = sort == null || sort.isBlank() ? "deadline" : sort;
	}

	Workstack stack() {
		return new Workstack(view, type, stage, officer == null ? null : new StaffId(officer), topic, due);
	}

	Sort order() {
		return switch (sort) {
			case "priority" -> Sort.by(Sort.Order.desc("priorityScore"), Sort.Order.asc("deadline"));
			case "received" -> Sort.by(Sort.Order.desc("receivedOn"));
			default -> Sort.by(Sort.Order.asc("deadline"), Sort.Order.desc("priorityScore"));
		};
	}

	/** The query string that asks for this workstack again (for paging and export links). */
	String queryString() {
		var uri = UriComponentsBuilder.newInstance().queryParam("view", view);
		if (type != null) {
			uri.queryParam("type", type);
		}
		if (stage != null) {
			uri.queryParam("stage", stage);
		}
		if (officer != null) {
			uri.queryParam("officer", officer);
		}
		if (topic != null && !topic.isBlank()) {
			uri.queryParam("topic", topic);
		}
		if (due != null) {
			uri.queryParam("due", due);
		}
		return uri.queryParam("sort", sort).encode().build().getQuery();
	}
}
