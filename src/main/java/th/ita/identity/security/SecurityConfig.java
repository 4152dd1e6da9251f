package th.ita.identity.security;

import th.ita.identity.domain.ApiTokenService;
import th.ita.identity.domain.LockoutAuthenticationProvider;

import th.ita.web.ProblemAccessDeniedHandler;
import th.ita.web.ProblemAuthenticationEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The URL space by audience. Two chains: the stateless JSON API ({@code /api/**}, bearer
 * tokens, no CSRF because no cookie authenticates it) and the pages (form login, session
 * in PostgreSQL, CSRF on). Finer rules are {@code @PreAuthorize} on the controllers of
 * each module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	/** No inline script anywhere; htmx is loaded from our own origin. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI (springdoc's webjar, under {@code /swagger-ui/}) injects one fixed
	 * {@code <style>} element; only that element is allowed, by its hash, and only on
	 * Swagger UI's own pages. A Swagger UI upgrade that changes it shows as a CSP
	 * violation in {@code ScoringPagesTests}.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
			"style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';");

	private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	/**
	 * bcrypt today, with the algorithm id stored in each hash so it can be upgraded
	 * later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No Micrometer observation per security filter, authentication and authorization:
	 * the request as a whole is still observed ({@code http.server.requests}), and
	 * wrapping each of the chain's dozen filters in an observation of its own was about a
	 * tenth of the CPU of an authenticated API request.
	 */
	@Bean
	static org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
		return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
	}

	// Each chain gets its own manager without a parent: a failed sign-in must reach the
	// lock-out provider exactly once.
	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, LockoutAuthenticationProvider passwords,
			ProblemAuthenticationEntryPoint problemEntryPoint, ProblemAccessDeniedHandler problemAccessDenied)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf(csrf -> csrf.disable())
			.authenticationManager(new ProviderManager(passwords))
			.addFilterBefore(new BearerTokenFilter(tokens, problemEntryPoint), AnonymousAuthenticationFilter.class)
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/agencies", "/api/v1/agencies/*")
				.permitAll()
				// The public survey API (anonymous respondents; see the survey module).
				.requestMatchers(HttpMethod.GET, "/api/v1/rounds/*/surveys/*/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/rounds/*/surveys/*/*/responses")
				.permitAll()
				// Results and public documents: their controllers answer anonymous
				// callers only
				// after publication (404 before) and scope signed-in users themselves.
				.requestMatchers(HttpMethod.GET, "/api/v1/rounds/*/results", "/api/v1/rounds/*/results/*",
						"/api/v1/agencies/*/history", "/api/v1/public/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("SYSTEM_ADMIN")
				.anyRequest()
				.authenticated())
			.exceptionHandling(
					e -> e.authenticationEntryPoint(problemEntryPoint).accessDeniedHandler(problemAccessDenied))
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, LockoutAuthenticationProvider passwords) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/", "/login", "/error", "/error/**", "/policies/**", "/css/**", "/js/**", "/fonts/**",
					"/img/**", "/webjars/**", "/favicon.ico", "/scoring/*.js", "/scoring/*.json")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/agencies", "/agencies/*")
			.permitAll()
			// The public survey pages (anonymous respondents; CSRF stays on).
			.requestMatchers("/s/**")
			.permitAll()
			// The public portal, open data and the OpenAPI description (controllers gate
			// unpublished rounds with 404).
			.requestMatchers(HttpMethod.GET, "/results", "/results/**", "/open-data/**", "/public/**", "/api-docs",
					"/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("SYSTEM_ADMIN")
			.anyRequest()
			.authenticated())
			.authenticationManager(new ProviderManager(passwords))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(LockoutFailureHandler.INSTANCE)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers(this::headers);
		return http.build();
	}

	private void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
					new StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
					new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
			.frameOptions(f -> f.deny())
			.contentTypeOptions(c -> {
			})
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			// HSTS is written only on HTTPS requests (Spring Security's default matcher).
			.httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31536000));
	}

}
