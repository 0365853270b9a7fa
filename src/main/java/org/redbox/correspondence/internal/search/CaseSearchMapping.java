package org.redbox.correspondence.internal.search;

import java.util.List;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.redbox.correspondence.CaseFile;

/**
 * How a case is indexed, kept beside the search code rather than as annotations on the
 * aggregate: the searchable text (reference, subject, incoming text, correspondents) and the
 * fields the access filter needs (office, marking, team, officer, who logged it), which mirror
 * {@link org.redbox.correspondence.CaseAccessPolicy}. Named in
 * {@code hibernate.search.mapping.configurer}.
 */
public class CaseSearchMapping implements HibernateOrmSearchMappingConfigurer {

	static final String REFERENCE = "reference";
	static final String SUBJECT = "subject";
	static final String TEXT = "text";
	static final String CORRESPONDENTS = "correspondents";
	static final String OFFICE = "office";
	static final String SENSITIVE = "sensitive";
	static final String TEAM = "team";
	static final String OFFICER = "officer";
	static final String LOGGED_BY = "loggedBy";
	static final String DEADLINE = "deadline";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		var type = context.programmaticMapping().type(CaseFile.class);
		type.indexed().index("case_file");
		type.property("reference").keywordField(REFERENCE).normalizer(CaseSearchAnalysis.LOWERCASE);
		type.property("subject").fullTextField(SUBJECT).analyzer(CaseSearchAnalysis.ENGLISH);
		type.property("incomingText").fullTextField(TEXT).analyzer(CaseSearchAnalysis.ENGLISH)
				.projectable(Projectable.YES).highlightable(List.of(Highlightable.PLAIN));
		type.property("correspondentsText").fullTextField(CORRESPONDENTS).analyzer(CaseSearchAnalysis.NAMES);
		type.property("officeId").genericField(OFFICE);
		type.property("marking").genericField(SENSITIVE).valueBridge(new SensitivityBridge());
		type.property("teamId").genericField(TEAM);
		type.property("officerId").genericField(OFFICER);
		type.property("loggedBy").genericField(LOGGED_BY);
		type.property("deadline").genericField(DEADLINE).sortable(Sortable.YES);
	}
}
