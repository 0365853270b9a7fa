package org.redbox.load;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.redbox.RedboxApplication;
import org.redbox.directory.DirectoryManagement;
import org.redbox.intake.mail.Mailbox;
import org.redbox.intake.mail.MailboxDetails;
import org.redbox.intake.mail.MailboxPoller;
import org.redbox.intake.mail.MailboxSecurity;
import org.redbox.intake.mail.Mailboxes;
import org.redbox.intake.mail.PollResult;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Email intake speed: fills an IMAP mailbox (GreenMail, in this JVM) with realistic letters to
 * the Mayor — plain text, HTML with a text part, some with an attachment, from repeat and new
 * writers — then times Redbox's poller turning them into committed cases on PostgreSQL, from the
 * first fetch to the last message moved to the processed folder. A fresh database each run.
 *
 * <pre>
 * ./mvnw -q -Pload test-compile exec:exec -Dload.main=org.redbox.load.MailIntakeBenchmark
 * # environment: MESSAGES=5000 WARMUP=500 BENCH_DB=redbox_bench_mail PGHOST=localhost
 * # IMAP_SERVER=dovecot reads from the server of scripts/dovecot-test-server.sh instead of GreenMail
 * </pre>
 */
public final class MailIntakeBenchmark {

	private static final String SECRET = "redbox.bench.imap-secret";

	private MailIntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int messages = Integer.parseInt(Env.get("MESSAGES", "5000"));
		int warmup = Integer.parseInt(Env.get("WARMUP", "500"));
		String database = Env.get("BENCH_DB", "redbox_bench_mail");
		String host = Env.get("PGHOST", "localhost");
		freshDatabase(host, database);

		ImapServer imap = "dovecot".equalsIgnoreCase(Env.get("IMAP_SERVER", "greenmail")) ? new DovecotServer()
				: new GreenMailServer();
		Path work = Path.of("target", "benchmark-mail", UUID.randomUUID().toString());
		System.setProperty(SECRET, imap.password());
		try (ConfigurableApplicationContext redbox = new SpringApplicationBuilder(RedboxApplication.class).profiles("postgres")
				.run("--spring.datasource.url=jdbc:postgresql://" + host + ":5432/" + database,
						"--spring.datasource.username=" + Env.get("PGUSER", "postgres"),
						"--spring.datasource.password=" + Env.get("PGPASSWORD", ""), "--server.port=0",
						// The benchmark drives the polls itself: no scheduled poll, and no IDLE watcher starting one of its own
						// (which would make the benchmark's poll find the mailbox busy). Each poll is the one IDLE would start.
						"--redbox.intake.mail.poll-interval=PT24H", "--redbox.intake.mail.idle=false", "--redbox.documents.root=" + work.resolve("documents"),
						"--redbox.search.directory=" + work.resolve("search"), "--logging.level.root=WARN",
						"--logging.structured.format.console=")) {
			var mayor = redbox.getBean(DirectoryManagement.class).offices().stream().filter(o -> o.code().equals("MAY"))
					.findFirst().orElseThrow();
			var letters = new Letters(new SplittableRandom(42));
			MailboxPoller poller = redbox.getBean(MailboxPoller.class);
			Mailbox mailbox = redbox.getBean(Mailboxes.class).add(mayor.id(), imap.mailbox(SECRET));
			fill(imap, letters, 0, warmup);
			drain(poller, mailbox, warmup);
			analyse(host, database);
			fill(imap, letters, warmup, messages);
			long start = System.nanoTime();
			int taken = drain(poller, mailbox, messages);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "%nEmail intake from %s: %d messages into committed cases in %.1f s = %.1f "
					+ "messages/s (target 100/s: %s)%n", imap.getClass().getSimpleName(), taken, seconds, taken / seconds,
					taken / seconds >= 100 ? "met" : "MISSED");
		}
		finally {
			imap.stop();
		}
	}

	private static void fill(ImapServer imap, Letters letters, int first, int count) throws Exception {
		long start = System.nanoTime();
		List<MimeMessage> batch = new ArrayList<>();
		Session session = Session.getInstance(new Properties());
		for (int i = first; i < first + count; i++) {
			batch.add(new MimeMessage(session, new ByteArrayInputStream(letters.next(i).getBytes(StandardCharsets.UTF_8))));
			if (batch.size() == 500 || i == first + count - 1) {
				imap.deliver(batch);
				batch.clear();
			}
		}
		System.out.printf(Locale.ROOT, "Filled the mailbox with %d messages in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
	}

	/** Where the messages wait: GreenMail in this JVM, or the Dovecot of scripts/dovecot-test-server.sh. */
	interface ImapServer {

		MailboxDetails mailbox(String secretProperty);

		String password();

		void deliver(List<MimeMessage> messages) throws Exception;

		void stop();
	}

	static final class GreenMailServer implements ImapServer {

		private final GreenMail greenMail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] { ServerSetupTest.IMAP }));
		private final GreenMailUser user;

		GreenMailServer() {
			greenMail.start();
			user = greenMail.setUser("intake@exampleton.gov.uk", "intake", "secret");
		}

		@Override
		public MailboxDetails mailbox(String secretProperty) {
			return new MailboxDetails("GreenMail", "127.0.0.1", greenMail.getImap().getPort(), MailboxSecurity.NONE, "intake",
					secretProperty, "INBOX", "Processed", "Quarantine");
		}

		@Override
		public String password() {
			return "secret";
		}

		@Override
		public void deliver(List<MimeMessage> messages) {
			messages.forEach(user::deliver);
		}

		@Override
		public void stop() {
			greenMail.stop();
		}
	}

	static final class DovecotServer implements ImapServer {

		private final String host = Env.get("REDBOX_TEST_DOVECOT_HOST", "127.0.0.1");
		private final int port = Integer.parseInt(Env.get("REDBOX_TEST_DOVECOT_PORT", "14143"));
		private final String user = Env.get("REDBOX_TEST_DOVECOT_USER", "redbox");
		private final String password = Env.get("REDBOX_TEST_DOVECOT_PASSWORD", "redbox-test");

		DovecotServer() throws MessagingException {
			try (Store store = store()) {
				for (String name : List.of("INBOX", "Processed", "Quarantine")) {
					Folder folder = store.getFolder(name);
					if (folder.exists() && folder.getMessageCount() > 0) {
						folder.open(Folder.READ_WRITE);
						folder.setFlags(1, folder.getMessageCount(), new Flags(Flags.Flag.DELETED), true);
						folder.close(true);
					}
				}
			}
		}

		@Override
		public MailboxDetails mailbox(String secretProperty) {
			return new MailboxDetails("Dovecot", host, port, MailboxSecurity.NONE, user, secretProperty, "INBOX", "Processed",
					"Quarantine");
		}

		@Override
		public String password() {
			return password;
		}

		@Override
		public void deliver(List<MimeMessage> messages) throws MessagingException {
			try (Store store = store()) {
				store.getFolder("INBOX").appendMessages(messages.toArray(Message[]::new));
			}
		}

		@Override
		public void stop() {
		}

		private Store store() throws MessagingException {
			Store store = Session.getInstance(new Properties()).getStore("imap");
			store.connect(host, port, user, password);
			return store;
		}
	}

	private static int drain(MailboxPoller poller, Mailbox mailbox, int expected) {
		int taken = 0;
		while (taken < expected) {
			PollResult result = poller.poll(mailbox);
			if (result.error() != null) {
				throw new IllegalStateException("Poll failed: " + result.error());
			}
			int now = result.logged() + result.threaded() + result.already() + result.quarantined();
			if (now == 0) {
				throw new IllegalStateException("Nothing more was taken after " + taken + " of " + expected);
			}
			taken += now;
		}
		return taken;
	}

	/**
	 * Has PostgreSQL look at what the warm-up wrote (VACUUM ANALYZE), as autovacuum does on a server as tables
	 * grow. Autovacuum is off on these machines; without this the planner takes the campaign bands, empty
	 * when the database was made, for empty still, and reads them whole for each arriving letter.
	 */
	private static void analyse(String host, String database) throws Exception {
		try (var connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/" + database,
				Env.get("PGUSER", "postgres"), Env.get("PGPASSWORD", "")); var statement = connection.createStatement()) {
			statement.execute("vacuum analyze");
		}
	}

	private static void freshDatabase(String host, String database) throws Exception {
		try (var connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/postgres",
				Env.get("PGUSER", "postgres"), Env.get("PGPASSWORD", "")); var statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
			statement.execute("create database " + database);
		}
	}

	/** Letters as they arrive by email: 30 % plain text, 60 % HTML with a text part, 10 % with a 30 KB attachment. */
	static final class Letters {

		private final SplittableRandom random;
		private final LetterWriter writer;
		private final List<Correspondent> writers;
		private final String attachment;

		Letters(SplittableRandom random) {
			this.random = random;
			this.writer = new LetterWriter(random);
			People people = new People(random);
			this.writers = java.util.stream.IntStream.range(0, 2000).mapToObj(i -> people.resident()).toList();
			byte[] scan = new byte[30 * 1024];
			random.nextBytes(scan);
			this.attachment = Base64.getMimeEncoder().encodeToString(scan);
		}

		String next(int n) {
			Correspondent from = writers.get(random.nextInt(writers.size()));
			String address = from.email() != null ? from.email() : "writer" + writers.indexOf(from) + "@example.net";
			LetterTopic topic = LetterTopic.ALL.get(random.nextInt(LetterTopic.ALL.size()));
			LetterWriter.Letter letter = writer.write(topic, from);
			String headers = "From: \"" + from.name() + "\" <" + address + ">\r\nTo: mayor@exampleton.gov.uk\r\n"
					+ "Subject: " + letter.subject() + "\r\nDate: Mon, 23 Nov 2026 09:" + String.format("%02d", n % 60)
					+ ":00 +0000\r\nMessage-ID: <bench-" + n + "-" + UUID.randomUUID() + "@mail.example>\r\nMIME-Version: 1.0\r\n";
			int kind = random.nextInt(10);
			if (kind < 3) {
				return headers + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + letter.text() + "\r\n";
			}
			String html = "<html><body>" + letter.text().lines().map(p -> "<p>" + p + "</p>").reduce("", String::concat)
					+ "<img src=\"https://tracker.example/open.gif?id=" + n + "\" width=\"1\" height=\"1\"></body></html>";
			String alternative = "--alt\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + letter.text()
					+ "\r\n--alt\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html + "\r\n--alt--\r\n";
			if (kind < 9) {
				return headers + "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n" + alternative;
			}
			return headers + "Content-Type: multipart/mixed; boundary=\"mixed\"\r\n\r\n--mixed\r\n"
					+ "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n" + alternative
					+ "--mixed\r\nContent-Type: application/pdf; name=\"scan.pdf\"\r\nContent-Disposition: attachment; "
					+ "filename=\"scan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + attachment + "\r\n--mixed--\r\n";
		}
	}
}
