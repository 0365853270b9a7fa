package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.LanguagePreference;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

class MergeFieldsTest {

	private static final LetterContext RHIAN = new LetterContext("Rhian Prys <Rhys>",
			List.of("14 Heol y Felin", "Exampleton", "EX4 2QT"), "MAY-2026-00042", LocalDate.of(2026, 11, 23),
			LocalDate.of(2026, 11, 2), "Sam Patel", new LetterContext.Signatory("Alex Morgan", "Mayor of Exampleton"),
			LanguagePreference.ENGLISH, List.of());

	@Test
	void fillsEveryFieldEscapingTheValues() {
		String merged = MergeFields.merge("<p>{{correspondent.name}}<br>{{ correspondent.address }}</p><p>{{reference}}, "
				+ "{{today}}, {{received}}, {{officer}}</p><p>{{signature}}</p>", RHIAN);

		assertThat(merged).isEqualTo("<p>Rhian Prys &lt;Rhys&gt;<br>14 Heol y Felin<br>Exampleton<br>EX4 2QT</p>"
				+ "<p>MAY-2026-00042, 23 November 2026, 2 November 2026, Sam Patel</p>"
				+ "<p><strong>Alex Morgan</strong><br>Mayor of Exampleton</p>");
	}

	@Test
	void writesDatesInWelshForAWelshLetter() {
		var welsh = new LetterContext("Rhian", List.of(), "R", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 6, 2), null,
				null, LanguagePreference.WELSH, List.of());

		assertThat(MergeFields.merge("{{today}} / {{received}}", welsh)).isEqualTo("23 Tachwedd 2026 / 2 Mehefin 2026");
	}

	@Test
	void namesTheFieldsItDoesNotKnowAndRefusesToMergeThem() {
		String body = "<p>Dear {{correspondent.nmae}}, {{reference}} {{ mayor }}</p>";

		assertThat(MergeFields.unknownIn(body)).containsExactly("correspondent.nmae", "mayor");
		assertThatThrownBy(() -> MergeFields.merge(body, RHIAN)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("Unknown merge fields {{correspondent.nmae}}, {{mayor}}: use {{correspondent.name}}");
	}

	@Test
	void putsStandardLinesWhereTheTemplateSaysOrAtTheEnd() {
		var withLines = RHIAN.withStandardLines(List.of("<p>Route 42 returns.</p>", "<p>Fares are capped.</p>"));

		assertThat(MergeFields.merge("<p>Dear X</p>{{standard.lines}}<p>Yours</p>", withLines))
				.isEqualTo("<p>Dear X</p><p>Route 42 returns.</p>\n<p>Fares are capped.</p><p>Yours</p>");
		assertThat(MergeFields.merge("<p>Dear X</p>", withLines)).endsWith("<p>Fares are capped.</p>");
		assertThat(MergeFields.merge("<p>Dear X</p>{{standard.lines}}", RHIAN)).isEqualTo("<p>Dear X</p>");
	}

	@Test
	void aTemplateWithAnUnknownFieldCannotBeSavedAndSuitsOnlyItsCaseTypes() {
		OfficeId office = OfficeId.random();
		assertThatThrownBy(() -> LetterTemplate.create(office, "Reply", LanguagePreference.ENGLISH, Set.of(),
				"<p>{{principal}}</p>", Actor.system(), Instant.now())).hasMessageContaining("{{principal}}");

		var member = LetterTemplate.create(office, "MP reply", LanguagePreference.ENGLISH, Set.of(CaseType.MEMBER),
				"<p>{{reference}}</p>", Actor.system(), Instant.now());
		var any = LetterTemplate.create(office, "Any", LanguagePreference.WELSH, Set.of(), "<p>x</p>", Actor.system(),
				Instant.now());
		assertThat(member.suits(CaseType.MEMBER)).isTrue();
		assertThat(member.suits(CaseType.FOI)).isFalse();
		assertThat(any.suits(CaseType.FOI)).isTrue();
	}
}
