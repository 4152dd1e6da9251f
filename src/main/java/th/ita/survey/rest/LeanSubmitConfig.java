package th.ita.survey.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import th.ita.survey.responses.SubmissionReader;
import th.ita.survey.responses.SurveyForms;
import th.ita.web.SecurityHeaderWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The lean submit path ({@link LeanSubmitFilter}): registered right after Spring's
 * {@code RequestContextFilter} (so after the survey rate-limit filter) and before Spring
 * Security, and without the HTTP server observation (its own timers instead).
 * {@code ita.survey.lean-submit=false} turns it off: the controller then answers alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "ita.survey.lean-submit", matchIfMissing = true)
class LeanSubmitConfig {

	/** After {@code RequestContextFilter} (-105), before Spring Security (-100). */
	static final int FILTER_ORDER = OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104;

	@Bean
	FilterRegistrationBean<LeanSubmitFilter> leanSubmitFilter(SurveyForms forms, SubmissionReader reader,
			LocaleResolver locales, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors,
			SurveyRestController controller, ObjectProvider<SecurityFilterChain> chains,
			ObjectProvider<MeterRegistry> meters) throws NoSuchMethodException {
		HandlerMethod handler = new HandlerMethod(controller, SurveyRestController.class.getDeclaredMethod("respond",
				int.class, String.class, String.class, HttpServletRequest.class));
		LeanSubmitFilter filter = new LeanSubmitFilter(forms, reader, locales, errors, handler,
				new SecurityHeaderWriter(chains), new SubmitMetrics(meters.getIfAvailable()));
		FilterRegistrationBean<LeanSubmitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(FILTER_ORDER);
		registration.setName("surveyLeanSubmitFilter");
		registration.addUrlPatterns("/api/v1/rounds/*");
		return registration;
	}

	/** No HTTP server observation for the requests the lean path answers. */
	@Bean
	ObservationPredicate leanSubmitObservations() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext server
				&& LeanSubmitFilter.target(server.getCarrier()) != null);
	}

}
