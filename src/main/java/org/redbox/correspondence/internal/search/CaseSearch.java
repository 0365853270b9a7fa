package org.redbox.correspondence.internal.search;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.redbox.correspondence.CaseFile;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over cases: the reference (exactly or its beginning), subject, incoming text
 * and correspondents' names and emails, best match first, only among the cases the person may
 * see — the access filter is part of the query (see {@link SearchScope}).
 */
@Service
@Transactional(readOnly = true)
public class CaseSearch {

	private final EntityManager entityManager;
	private final DirectoryManagement directory;

	CaseSearch(EntityManager entityManager, DirectoryManagement directory) {
		this.entityManager = entityManager;
		this.directory = directory;
	}

	public Page<CaseHit> search(SignedInStaff by, String text, Pageable page) {
		SearchScope scope = SearchScope.of(by, directory.offices().stream().map(OfficeSummary::id).toList());
		String query = text == null ? "" : text.strip();
		if (query.isEmpty() || scope.isEmpty()) {
			return Page.empty(page);
		}
		var result = Search.session(entityManager).search(CaseFile.class)
				.select(f -> f.composite().from(f.entity(), f.highlight(CaseSearchMapping.TEXT)).as(CaseHit::of))
				.where(f -> f.bool().must(matching(f, query)).filter(visibleTo(f, scope)))
				.highlighter(f -> f.plain().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
						.fragmentSize(160).numberOfFragments(1))
				.sort(f -> f.score().then().field(CaseSearchMapping.DEADLINE))
				.fetch((int) page.getOffset(), page.getPageSize());
		return new PageImpl<>(result.hits(), page, result.total().hitCount());
	}

	private static SearchPredicate matching(SearchPredicateFactory f, String query) {
		String reference = query.toLowerCase(Locale.ROOT).replaceAll("[*?\\\\\\s]", "");
		var any = f.bool()
				.should(f.match().field(CaseSearchMapping.REFERENCE).matching(query).boost(10))
				.should(f.simpleQueryString().field(CaseSearchMapping.SUBJECT).boost(2)
						.fields(CaseSearchMapping.TEXT, CaseSearchMapping.CORRESPONDENTS).matching(query)
						.defaultOperator(BooleanOperator.AND));
		if (!reference.isEmpty()) {
			any.should(f.wildcard().field(CaseSearchMapping.REFERENCE).matching(reference + "*").boost(5));
		}
		return any.toPredicate();
	}

	private static SearchPredicate visibleTo(SearchPredicateFactory f, SearchScope scope) {
		var visible = f.bool();
		if (!scope.everything().isEmpty()) {
			visible.should(f.terms().field(CaseSearchMapping.OFFICE).matchingAny(scope.everything()));
		}
		if (!scope.needToKnow().isEmpty()) {
			var needToKnow = f.bool().should(f.match().field(CaseSearchMapping.SENSITIVE).matching(false, ValueModel.INDEX))
					.should(f.match().field(CaseSearchMapping.OFFICER).matching(scope.officer()))
					.should(f.match().field(CaseSearchMapping.LOGGED_BY).matching(scope.officer()));
			if (!scope.teams().isEmpty()) {
				needToKnow.should(f.terms().field(CaseSearchMapping.TEAM).matchingAny(scope.teams()));
			}
			visible.should(f.bool().must(f.terms().field(CaseSearchMapping.OFFICE).matchingAny(scope.needToKnow()))
					.must(needToKnow));
		}
		return visible.toPredicate();
	}

	/** A case found, with a highlighted snippet of its text (HTML-escaped but for {@code <mark>}), if any. */
	public record CaseHit(CaseFile caseFile, String snippet) {

		static CaseHit of(CaseFile caseFile, List<String> highlights) {
			return new CaseHit(caseFile, highlights == null || highlights.isEmpty() ? null : highlights.get(0));
		}
	}
}
