package org.redbox.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A GreenMail SMTP server on a free port for a test class, and the properties that point
 * Redbox at it. A class that registers these gets an application context of its own.
 */
public final class TestMailServer {

	private TestMailServer() {
	}

	/** One server for the whole class (a restart would change its port under the context). */
	public static GreenMailExtension create() {
		return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
	}

	public static void register(DynamicPropertyRegistry registry, GreenMailExtension server) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server.getSmtp().getPort());
	}
}
