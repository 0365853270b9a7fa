package org.redbox.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

	@Test
	void quotesCellsWithCommasQuotesAndLineBreaks() {
		assertThat(AuditCsv.cell("Morgan, Alex")).isEqualTo("\"Morgan, Alex\"");
		assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsAFormula() {
		assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=HYPERLINK");
		assertThat(AuditCsv.cell("+44 20")).isEqualTo("'+44 20");
		assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

	@Test
	void leavesPlainCellsAlone() {
		assertThat(AuditCsv.cell("Granted Caseworker")).isEqualTo("Granted Caseworker");
	}
}
