/**
 * Web support shared by every module.
 * <p>
 * Purpose: the page shell and everything around it. The layout model
 * ({@code LayoutModelAdvice}: {@code currentUser}, {@code currentPath} for the language
 * switch, {@code site}); Thai-first locale resolution ({@code ?lang=en}, cookie
 * {@code ITA_LANG}); Buddhist-era dates and fiscal years in templates through the
 * {@code #thaidates} expression object ({@link th.ita.web.ThaiDatesDialect}); the policy
 * pages under {@code /policies/*} and the home page; error pages in Thai and English
 * ({@code templates/error/*}, {@code PageErrorAdvice}; an upload to a page over the
 * multipart size limit is the 413 page, {@code UploadSizeFilter}, not a CSRF 403); RFC
 * 9457 problem details for every {@code @RestController} ({@code ApiProblemAdvice}); htmx
 * helpers.
 * <p>
 * API: {@link th.ita.web.Htmx}, {@link th.ita.web.SiteProperties} ({@code ita.site.*}),
 * {@link th.ita.web.ThaiDatesDialect} / {@link th.ita.web.ThaiDatesExpression}, and for
 * the API security filter chain {@link th.ita.web.ProblemAuthenticationEntryPoint} (401)
 * and {@link th.ita.web.ProblemAccessDeniedHandler} (403), both beans.
 * <p>
 * Events: none. Tables: none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web support")
@org.jspecify.annotations.NullMarked
package th.ita.web;
