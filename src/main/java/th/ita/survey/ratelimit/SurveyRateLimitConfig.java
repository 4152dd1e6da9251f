package th.ita.survey.ratelimit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The rate limiter and its filter, which runs right after Spring's
 * {@code ForwardedHeaderFilter} (order {@link Ordered#HIGHEST_PRECEDENCE}) and before
 * Spring Security.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyRateLimitProperties.class)
class SurveyRateLimitConfig {

	static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	SurveyRateLimiter surveyRateLimiter(SurveyRateLimitProperties properties) {
		return new SurveyRateLimiter(properties);
	}

	@Bean
	FilterRegistrationBean<SurveyRateLimitFilter> surveyRateLimitFilter(SurveyRateLimiter limiter,
			MessageSource messages, ObjectProvider<LocaleResolver> locales) {
		FilterRegistrationBean<SurveyRateLimitFilter> registration = new FilterRegistrationBean<>(
				new SurveyRateLimitFilter(limiter, messages, locales.getIfAvailable()));
		registration.setOrder(FILTER_ORDER);
		registration.setName("surveyRateLimitFilter");
		return registration;
	}

}
