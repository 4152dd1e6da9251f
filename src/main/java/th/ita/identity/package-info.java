/**
 * Identity: user accounts, roles and agency scope, sign-in (form login with sessions in
 * PostgreSQL, bearer tokens for the JSON API), account lock-out, and the security filter
 * chains that divide the URL space by audience (without a Micrometer observation per
 * security filter: {@code SecurityObservationSettings.noObservations()}; requests are
 * still observed as a whole, {@code http.server.requests}).
 * <ul>
 * <li>Sign-in: {@code /login} (form, CSRF, session cookie {@code ITA_SESSION} stored by
 * Spring Session JDBC in {@code identity_session}) and {@code POST /api/v1/auth/token}
 * (opaque 256-bit bearer token, only its SHA-256 stored, {@code ita.identity.token-ttl},
 * default 12h; each bearer request reads the token's user afresh in one statement, so a
 * changed role or a disabled account counts at once). Both count failed attempts:
 * {@code ita.identity.lockout.max-attempts} (5) failures in a row lock the account for
 * {@code ita.identity.lockout.duration} (15m); a success resets the count.</li>
 * <li>User management: admin pages under {@code /admin/users} (system administrators) and
 * {@code /api/v1/users} (system administrators; agency administrators for the staff of
 * their own agency). Every change is recorded with {@code th.ita.audit.AuditTrail} in its
 * transaction, never with a password hash. Agency codes are checked with
 * {@code th.ita.agency.AgencyDirectory}.</li>
 * </ul>
 * API: none beyond {@link th.ita.shared.ItaPrincipal} (implemented here); sub-packages
 * are internal. Events: none. Tables: {@code identity_user}, {@code identity_api_token},
 * {@code identity_session}, {@code identity_session_attributes}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "shared", "web", "agency", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.identity;
