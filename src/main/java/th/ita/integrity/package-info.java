/**
 * Integrity registers (indicator 10 of the ITA): the agency's executive record (the one
 * signer of every document) and emblem, the three announcements (declaration of integrity
 * intent, No Gift Policy, integrity policy with ten commitments), the gift register, the
 * bribery risk assessment with its heat map and treatment results, and complaint
 * statistics.
 * <p>
 * <b>API</b> for other modules: {@link th.ita.integrity.IntegrityDocuments}
 * ({@code announcement(agency, year, kind)} gives an
 * {@link th.ita.integrity.Announcement} with heading, subject, body paragraphs and
 * commitments in Thai and English, date, Thai-numerals flag,
 * {@link th.ita.integrity.Signer} and approval; {@code emblem(agency)} the agency's
 * PNG/JPEG emblem). {@link th.ita.integrity.IntegrityDocument} lists the yearly
 * documents, their public paths and OIT items.
 * <p>
 * <b>Workflow.</b> Agency editors (and admins) write drafts; the agency admin or the
 * agency's executive approves; the same roles publish (audited). A published document has
 * a stable public page {@code /public/agencies/{code}/integrity/{year}/{slug}} (404
 * before) and publishing sends {@link th.ita.shared.EvidenceOffered} once per OIT item
 * the document answers (withdrawing sends it with a {@code null} url). A published
 * announcement can no longer be edited (409); withdraw it first.
 * <p>
 * <b>Privacy (PDPA).</b> Gift givers and the staff who recorded them are personal data:
 * public pages show counts and value bands only; the named register is readable by the
 * agency's users and the central team, and every read of it writes an audit entry
 * ({@code integrity.gifts-read}).
 * <p>
 * <b>Risk matrix.</b> score = likelihood × impact (each 1-5); 1-4 LOW, 5-9 MEDIUM, 10-16
 * HIGH, 17-25 VERY_HIGH (the framework states no matrix of its own).
 * <p>
 * <b>Events</b> published: {@code EvidenceOffered}. <b>Tables</b>: prefix
 * {@code integrity_}: {@code integrity_executive}, {@code integrity_emblem},
 * {@code integrity_publication}, {@code integrity_declaration}, {@code integrity_gift},
 * {@code integrity_risk}, {@code integrity_complaint_stat}.
 * <p>
 * <b>HTTP</b>: {@code /api/v1/agencies/{code}/executive}, {@code /emblem},
 * {@code /declarations}, {@code /gifts}, {@code /risks}, {@code /complaint-stats},
 * {@code /integrity/publications}; pages {@code /agencies/{code}/integrity} and the
 * public pages above.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrity registers",
		allowedDependencies = { "shared", "web", "agency", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.integrity;
