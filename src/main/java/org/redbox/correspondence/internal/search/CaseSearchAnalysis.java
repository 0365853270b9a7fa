package org.redbox.correspondence.internal.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analysers for case search: English text with stemming ("complaints" finds "complaint"),
 * names and emails split on anything not a letter or digit (so "okafor" finds
 * "nadia.okafor@example.org"), and references compared without case. Named in
 * {@code hibernate.search.backend.analysis.configurer}.
 */
public class CaseSearchAnalysis implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "redbox_english";
	static final String NAMES = "redbox_names";
	static final String LOWERCASE = "redbox_lowercase";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding")
				.tokenFilter("porterStem");
		context.analyzer(NAMES).custom().tokenizer("pattern").param("pattern", "[^\\p{L}\\p{N}]+")
				.tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.normalizer(LOWERCASE).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}
}
