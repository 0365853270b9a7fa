package org.redbox.correspondence.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues case references readable aloud: office code, year, number ({@code MAY-2026-00123}),
 * unique within the authority because office codes are. The counter row is locked while the
 * number is taken, so two nodes never issue the same one.
 */
@Component
class CaseReferences {

	private final JdbcTemplate jdbc;

	CaseReferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(String officeCode, int year) {
		var numbers = jdbc.queryForList(
				"select last_number from case_reference_counter where office_code = ? and counter_year = ? for update",
				Integer.class, officeCode, year);
		int next;
		if (numbers.isEmpty()) {
			next = 1;
			jdbc.update("insert into case_reference_counter (office_code, counter_year, last_number) values (?, ?, ?)",
					officeCode, year, next);
		}
		else {
			next = numbers.get(0) + 1;
			jdbc.update("update case_reference_counter set last_number = ? where office_code = ? and counter_year = ?", next,
					officeCode, year);
		}
		return "%s-%d-%05d".formatted(officeCode, year, next);
	}
}
