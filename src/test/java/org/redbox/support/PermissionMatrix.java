package org.redbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.redbox.directory.Role;

/** A role × action permission matrix: every role tries every action, and gets in or gets a 403. */
public final class PermissionMatrix {

	private PermissionMatrix() {
	}

	/** Every role paired with every one of {@code actions}, as the arguments of a parameterized test. */
	public static <A extends Enum<A>> Stream<Arguments> everyRoleAnd(Class<A> actions) {
		return Arrays.stream(Role.values())
				.flatMap(role -> Arrays.stream(actions.getEnumConstants()).map(action -> Arguments.of(role, action)));
	}

	/** An allowed action answers with a page or a redirect; a refused one with 403 Forbidden, never a sign-in page. */
	public static void assertAnswer(int status, boolean allowed, Role role, Enum<?> action) {
		if (allowed) {
			assertThat(status).as("%s may %s", role, action).isBetween(200, 399);
		}
		else {
			assertThat(status).as("%s may not %s", role, action).isEqualTo(403);
		}
	}
}
