package org.redbox.web;

import java.util.function.Supplier;

import org.thymeleaf.context.LazyContextVariable;

/**
 * A model value that a template works out only when it reads it: the layout's lookups (office
 * names, unread notices) cost a page that shows the layout and nothing to a request that
 * redirects.
 */
final class Lazily<T> extends LazyContextVariable<T> {

	private final Supplier<T> value;

	private Lazily(Supplier<T> value) {
		this.value = value;
	}

	static <T> Lazily<T> of(Supplier<T> value) {
		return new Lazily<>(value);
	}

	@Override
	protected T loadValue() {
		return value.get();
	}
}
