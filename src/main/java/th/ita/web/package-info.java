/**
 * Web support shared by every module: the page layout and its model (navigation, locale
 * switch, footer policy links), Thai/English locale resolution, Buddhist-era date
 * formatting in templates, htmx helpers, error pages and RFC 9457 problem responses for
 * {@code /api/**}.
 * <p>
 * API: {@link th.ita.web.Htmx}. Events: none. Tables: none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web support")
@org.jspecify.annotations.NullMarked
package th.ita.web;
