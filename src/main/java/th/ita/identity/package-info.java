/**
 * Identity: user accounts, roles and agency scope, sign-in (form login with sessions in
 * PostgreSQL, bearer tokens for the JSON API), account lock-out, and the security filter
 * chains that divide the URL space by audience.
 * <p>
 * API: none yet beyond {@link th.ita.shared.ItaPrincipal} (implemented here). Events:
 * none. Tables: {@code identity_*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "shared", "web", "agency", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.identity;
