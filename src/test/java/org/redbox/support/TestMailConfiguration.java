package org.redbox.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP and IMAP server (GreenMail) inside the test JVM, on free ports: Redbox sends to its
 * SMTP side, so every integration test sees the mail it caused, as a user's mail client would; the
 * mail intake reads office mailboxes from its IMAP side.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
	}

	/**
	 * The sender Boot would configure from {@code spring.mail.host} and {@code .port}; declared here
	 * because the port is known only once GreenMail has started, after Boot's conditions are decided.
	 */
	@Bean
	JavaMailSender javaMailSender(GreenMail greenMail) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		return sender;
	}

	@Bean
	TestMailbox testMailbox(GreenMail greenMail) {
		return new TestMailbox(greenMail);
	}
}
