package org.redbox.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvRowTest {

	@Test
	void quotesCellsWithCommasQuotesAndLineBreaks() {
		assertThat(CsvRow.cell("Morgan, Alex")).isEqualTo("\"Morgan, Alex\"");
		assertThat(CsvRow.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvRow.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsAFormula() {
		assertThat(CsvRow.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=HYPERLINK");
		assertThat(CsvRow.cell("+44 20")).isEqualTo("'+44 20");
		assertThat(CsvRow.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

	@Test
	void leavesPlainCellsAlone() {
		assertThat(CsvRow.cell("Granted Caseworker")).isEqualTo("Granted Caseworker");
	}
}
