package org.redbox.intake.acknowledgement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.redbox.directory.DirectoryManagement;
import org.redbox.shared.OfficeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the acknowledgements owed, oldest first: marked sent once the SMTP server has accepted
 * one, so a crash in between sends it twice rather than never. Each carries
 * {@code Auto-Submitted: auto-replied} so that the other side's auto-responder stays quiet.
 * Without mail configured nothing is sent; acknowledgements older than two days are not sent late.
 */
@Component
public class AcknowledgementMailer {

	private static final Logger log = LoggerFactory.getLogger(AcknowledgementMailer.class);
	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
	private static final int BATCH = 100;

	private final AcknowledgementRepository acknowledgements;
	private final AcknowledgementSettings settings;
	private final DirectoryManagement directory;
	private final ObjectProvider<JavaMailSender> mail;
	private final TransactionTemplate transactions;
	private final Clock clock;

	AcknowledgementMailer(AcknowledgementRepository acknowledgements, AcknowledgementSettings settings,
			DirectoryManagement directory, ObjectProvider<JavaMailSender> mail, TransactionTemplate transactions,
			Clock clock) {
		this.acknowledgements = acknowledgements;
		this.settings = settings;
		this.directory = directory;
		this.mail = mail;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Sends what is owed; returns how many went. */
	@Scheduled(initialDelayString = "${redbox.intake.acknowledgement.send-interval:PT10S}",
			fixedDelayString = "${redbox.intake.acknowledgement.send-interval:PT10S}")
	public int sendPending() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		var owed = acknowledgements.unsentSince(clock.instant().minus(Duration.ofDays(2)), PageRequest.of(0, BATCH));
		for (Acknowledgement acknowledgement : owed) {
			try {
				sender.send(message(sender, acknowledgement));
				transactions.executeWithoutResult(status -> acknowledgements.findById(acknowledgement.id())
						.ifPresent(a -> a.markSent(clock.instant())));
				sent++;
			}
			catch (MailException | MessagingException e) {
				log.warn("Could not send acknowledgement {} of {}; will retry: {}", acknowledgement.id(),
						acknowledgement.reference(), e.getMessage());
				break;
			}
		}
		return sent;
	}

	private MimeMessage message(JavaMailSender sender, Acknowledgement a) throws MessagingException {
		String office = directory.office(new OfficeId(a.officeId())).map(o -> o.name()).orElse("office");
		MimeMessage message = sender.createMimeMessage();
		var helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(a.address());
		helper.setSubject(fill(settings.subject(), a, office));
		helper.setText(fill(settings.body(), a, office));
		message.setHeader("Auto-Submitted", "auto-replied");
		message.setHeader("X-Auto-Response-Suppress", "All");
		if (a.inReplyTo() != null && !a.inReplyTo().isBlank()) {
			message.setHeader("In-Reply-To", a.inReplyTo());
			message.setHeader("References", a.inReplyTo());
		}
		return message;
	}

	static String fill(String text, Acknowledgement a, String office) {
		return text.replace("{name}", a.recipientName() == null ? "Sir or Madam" : a.recipientName())
				.replace("{reference}", a.reference()).replace("{due}", due(a.due())).replace("{office}", office);
	}

	private static String due(LocalDate date) {
		return date == null ? "as soon as we can" : DUE.format(date);
	}
}
