package org.redbox.directory.internal;

import org.redbox.directory.CurrentStaff;
import org.redbox.directory.SignedInStaff;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller method take the {@link SignedInStaff} making the request as a parameter. */
@Configuration(proxyBeanMethods = false)
class SignedInStaffArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final CurrentStaff currentStaff;

	SignedInStaffArgumentResolver(CurrentStaff currentStaff) {
		this.currentStaff = currentStaff;
	}

	@Override
	public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(SignedInStaff.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		return currentStaff.require();
	}
}
