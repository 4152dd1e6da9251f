package th.ita.survey.rest;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.survey.responses.SubmissionReader;
import th.ita.survey.responses.SurveyForms;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
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
				new SecurityHeaders(chains), new SubmitMetrics(meters.getIfAvailable()));
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

	/**
	 * The header writer of the security filter chain that would have answered the request
	 * (found once, on the first request), so that a lean response carries the same
	 * security headers.
	 */
	static final class SecurityHeaders implements java.util.function.Function<HttpServletRequest, @Nullable Filter> {

		private final ObjectProvider<SecurityFilterChain> chains;

		private volatile @Nullable List<Filter> found;

		SecurityHeaders(ObjectProvider<SecurityFilterChain> chains) {
			this.chains = chains;
		}

		@Override
		public @Nullable Filter apply(HttpServletRequest request) {
			List<Filter> writer = this.found;
			if (writer == null) {
				writer = this.chains.orderedStream()
					.filter(chain -> chain.matches(request))
					.findFirst()
					.map(chain -> chain.getFilters()
						.stream()
						.filter(HeaderWriterFilter.class::isInstance)
						.limit(1)
						.toList())
					.orElse(List.of());
				this.found = writer;
			}
			return writer.isEmpty() ? null : writer.get(0);
		}

	}

}
