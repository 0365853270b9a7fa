package org.redbox.correspondence;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters look and leave ({@code redbox.correspondence.letters.*}): per office code, the
 * lines under the office's name on the letterhead (address, phone, email); and the address
 * replies are emailed from. An office with no letterhead lines gets its name alone.
 */
@ConfigurationProperties("redbox.correspondence.letters")
public record LetterSettings(Map<String, List<String>> letterheads, @DefaultValue("redbox@localhost") String from) {

	public LetterSettings {
		letterheads = letterheads == null ? Map.of() : Map.copyOf(letterheads);
	}

	/** The letterhead lines of the office with {@code code} (codes compare ignoring case). */
	public List<String> letterheadOf(String code) {
		return letterheads.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(code)).findFirst()
				.map(Map.Entry::getValue).map(List::copyOf).orElse(List.of());
	}
}
