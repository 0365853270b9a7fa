package org.redbox.correspondence.internal;

import org.redbox.correspondence.CaseTypeRules;
import org.redbox.correspondence.CorrespondenceSettings;
import org.redbox.correspondence.PriorityPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CorrespondenceConfiguration {

	@Bean
	CaseTypeRules caseTypeRules(CorrespondenceSettings settings) {
		return new CaseTypeRules(settings);
	}

	@Bean
	PriorityPolicy priorityPolicy(CorrespondenceSettings settings) {
		return new PriorityPolicy(settings.priority());
	}
}
