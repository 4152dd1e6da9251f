package th.ita.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import th.ita.identity.domain.ApiTokenService;
import th.ita.identity.domain.LockoutAuthenticationProvider;

import th.ita.web.ProblemAccessDeniedHandler;
import th.ita.web.ProblemAuthenticationEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * File downloads under the API ({@code GET /api/v1/**.pdf|.xlsx|.csv}): the download
 * buttons of the pages link there, so these GETs accept the page session (read, never
 * created) as well as a bearer token. Reads only (GET), so no CSRF exposure. Public
 * results documents are open (their controllers answer anonymous callers only after
 * publication, 404 before); every other file needs a signed-in user, and its controller
 * applies the same access rule as the data's JSON endpoint.
 */
@Configuration(proxyBeanMethods = false)
class DownloadSecurityConfig {

	static boolean isDownload(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/v1/")
				&& (path.endsWith(".pdf") || path.endsWith(".xlsx") || path.endsWith(".csv"));
	}

	@Bean
	@Order(0)
	SecurityFilterChain downloadChain(HttpSecurity http, ApiTokenService tokens,
			LockoutAuthenticationProvider passwords, ProblemAuthenticationEntryPoint problemEntryPoint,
			ProblemAccessDeniedHandler problemAccessDenied) throws Exception {
		http.securityMatcher(DownloadSecurityConfig::isDownload)
			.csrf(csrf -> csrf.disable())
			.authenticationManager(new ProviderManager(passwords))
			.addFilterBefore(new BearerTokenFilter(tokens, problemEntryPoint), AnonymousAuthenticationFilter.class)
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/api/v1/rounds/*/results.pdf", "/api/v1/rounds/*/results.xlsx",
						"/api/v1/rounds/*/results.csv", "/api/v1/rounds/*/results/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling(
					e -> e.authenticationEntryPoint(problemEntryPoint).accessDeniedHandler(problemAccessDenied))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfig.CONTENT_SECURITY_POLICY))
				.frameOptions(f -> f.deny())
				.contentTypeOptions(c -> {
				})
				.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31536000)));
		return http.build();
	}

}
