package org.redbox.correspondence.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues case references readable aloud: office code, year, number ({@code MAY-2026-00123}),
 * unique within the authority because office codes are. The counter row is locked while the
 * number is taken, so two nodes never issue the same one.
 * <p>
 * Called outside a transaction (as {@link CaseIntake} does), the number is taken in a short
 * transaction of its own and the lock is held for that moment only; a case that then fails to
 * commit leaves its number unused, so references are unique and increasing but may have gaps.
 * Called inside a transaction (an intake channel writing its own bookkeeping with the case),
 * the number is taken there and the row stays locked until that transaction ends, with no gap.
 */
@Component
class CaseReferences {

	private final JdbcTemplate jdbc;
	private final TransactionTemplate ownTransaction;

	CaseReferences(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public String next(String officeCode, int year) {
		int number;
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			number = take(officeCode, year);
		}
		else {
			try {
				number = ownTransaction.execute(status -> take(officeCode, year));
			}
			catch (DuplicateKeyException firstOfTheYearTakenElsewhere) {
				// Another node started the office's year at the same moment: its row exists now.
				number = ownTransaction.execute(status -> take(officeCode, year));
			}
		}
		return "%s-%d-%05d".formatted(officeCode, year, number);
	}

	private int take(String officeCode, int year) {
		int updated = jdbc.update(
				"update case_reference_counter set last_number = last_number + 1 where office_code = ? and counter_year = ?",
				officeCode, year);
		if (updated == 0) {
			jdbc.update("insert into case_reference_counter (office_code, counter_year, last_number) values (?, ?, 1)",
					officeCode, year);
			return 1;
		}
		return jdbc.queryForObject("select last_number from case_reference_counter where office_code = ? and counter_year = ?",
				Integer.class, officeCode, year);
	}
}
