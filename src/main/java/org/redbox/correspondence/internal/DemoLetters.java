package org.redbox.correspondence.internal;

import java.time.LocalDate;
import java.util.Set;

import org.redbox.contacts.LanguagePreference;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.LetterTemplate;
import org.redbox.correspondence.StandardLine;
import org.redbox.directory.DirectoryManagement;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a demo installation with no letter templates yet, gives the Office of the Mayor (code MAY)
 * three English templates, one Welsh template, and standard lines on housing and transport
 * (one of them expired, to show that expired lines are not offered).
 */
@Component
@Order(1)
class DemoLetters implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLetters.class);

	private static final String OPENING = "<p>{{correspondent.name}}<br>{{correspondent.address}}</p>";
	private static final String ENGLISH_CLOSE = "<p>Yours sincerely,</p><p>{{signature}}</p>";

	private final DirectoryManagement directory;
	private final LetterTemplates templates;
	private final StandardLines lines;
	private final CaseRecords records;

	DemoLetters(DirectoryManagement directory, LetterTemplates templates, StandardLines lines, CaseRecords records) {
		this.directory = directory;
		this.templates = templates;
		this.lines = lines;
		this.records = records;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!directory.isDemo() || templates.count() > 0) {
			return;
		}
		directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().ifPresent(mayor -> {
			addTemplates(mayor.id());
			addLines(mayor.id());
			log.info("Created demo letter templates and standard lines for {}", mayor.name());
		});
	}

	private void addTemplates(OfficeId office) {
		template(office, "General reply", LanguagePreference.ENGLISH, Set.of(),
				"<p>Dear {{correspondent.name}},</p><p>Thank you for your letter of {{received}} (our reference "
						+ "{{reference}}).</p>{{standard.lines}}<p>If you have any questions, please reply quoting "
						+ "{{reference}}.</p>" + ENGLISH_CLOSE);
		template(office, "Reply to an elected representative", LanguagePreference.ENGLISH, Set.of(CaseType.MEMBER),
				"<p>Dear {{correspondent.name}},</p><p>Thank you for writing on behalf of your constituent on "
						+ "{{received}}. I have looked into the matter carefully.</p>{{standard.lines}}"
						+ "<p>I hope this is helpful to you and to your constituent.</p>" + ENGLISH_CLOSE);
		template(office, "Complaint response", LanguagePreference.ENGLISH,
				Set.of(CaseType.COMPLAINT_STAGE_1, CaseType.COMPLAINT_STAGE_2),
				"<p>Dear {{correspondent.name}},</p><p>I am sorry that you have had cause to complain. "
						+ "{{officer}} has investigated your complaint of {{received}}.</p>{{standard.lines}}"
						+ "<p>If you remain unhappy, you may ask for your complaint to be reviewed, quoting {{reference}}.</p>"
						+ ENGLISH_CLOSE);
		template(office, "Ateb cyffredinol", LanguagePreference.WELSH, Set.of(),
				"<p>Annwyl {{correspondent.name}},</p><p>Diolch yn fawr am eich llythyr dyddiedig {{received}} "
						+ "(ein cyfeirnod {{reference}}). Rwy'n falch o gael ateb yn Gymraeg: mae'r Maer yn ŵr sy'n "
						+ "gwerthfawrogi pob llythyr, a bydd ein tîm yn ymateb i bob cwestiwn.</p>{{standard.lines}}"
						+ "<p>Yn gywir,</p><p>{{signature}}</p>");
	}

	private void addLines(OfficeId office) {
		LocalDate nextYear = records.today().plusYears(1);
		line(office, "Housing", "Affordable homes programme",
				"<p>The Mayor's affordable homes programme will start 2,000 new social rent homes by March 2028, "
						+ "with priority for families in temporary accommodation.</p>", nextYear);
		line(office, "Housing", "Damp and mould in social housing",
				"<p>Every landlord in the borough must now investigate reports of damp and mould within 14 days "
						+ "and start repairs within 7 days of finding a hazard.</p>", nextYear);
		line(office, "Housing", "Winter 2024 rent freeze (expired)",
				"<p>Council rents are frozen for the winter of 2024.</p>", LocalDate.of(2025, 3, 31));
		line(office, "Transport", "Bus fare cap",
				"<p>The £2 single bus fare cap continues across Exampleton, and the Mayor has asked operators to "
						+ "restore withdrawn evening services.</p>", nextYear);
		line(office, "Transport", "Route 42",
				"<p>Route 42 returns in May on a trial timetable, every 20 minutes during the day.</p>", nextYear);
	}

	private void template(OfficeId office, String name, LanguagePreference language, Set<CaseType> types, String body) {
		templates.save(LetterTemplate.create(office, name, language, types, ReplySanitiser.sanitise(body), Actor.system(),
				records.now()));
	}

	private void line(OfficeId office, String topic, String title, String body, LocalDate expiresOn) {
		lines.save(StandardLine.create(office, topic, title, ReplySanitiser.sanitise(body), expiresOn, Actor.system(),
				records.now()));
	}
}
