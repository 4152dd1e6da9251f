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
 * the document answers (withdrawing sends it with a {@code null} url). Which items follow
 * the framework of the year's round ({@code assessment.Rounds}):
 * {@code integrity/oit-items.properties} maps each framework's documents to its OIT item
 * codes ({@code ITA-ESA-2567}: NO_GIFT_POLICY O25, GIFT_REPORT O27 and ESA-O1,
 * RISK_ASSESSMENT O28, RISK_TREATMENT O29, COMPLAINT_STATS O23); a framework without
 * lines (or a year without a round) uses the default framework's. Approving an
 * announcement copies the executive record into it, so a published announcement keeps its
 * signer.
 * <p>
 * <b>Frozen after approval.</b> An approved or published announcement cannot be edited,
 * and the register entries of a year (gifts by GIFT_REPORT, risks by RISK_ASSESSMENT for
 * their assessment fields and RISK_TREATMENT for follow-up and result, complaint rows by
 * COMPLAINT_STATS) cannot be added, changed or deleted: a 409 problem with {@code field}
 * {@code status}, {@code state} (APPROVED or PUBLISHED), {@code document} and
 * {@code fiscalYear}. The agency admin or executive withdraws the document (audited, the
 * public page and the OIT offer go) to reopen it.
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
 * {@code /integrity/publications/{year}/{document}/approve|publish|withdraw}; pages
 * {@code /agencies/{code}/integrity} (overview, executive, announcements, workflow),
 * {@code .../gifts}, {@code .../risks}, {@code .../complaints}, and the public pages
 * above plus the index {@code /public/agencies/{code}/integrity/{year}}. The emblem is
 * PNG or JPEG by its first bytes, at most 512 KB (413 above); it is shown on the public
 * announcement pages, served at {@code /public/agencies/{code}/emblem}. Register entries
 * are deleted with {@code DELETE /gifts/{id}}, {@code /risks/{id}},
 * {@code /complaint-stats/{year}/{channel}}.
 * <p>
 * <b>Register reports</b> (gifts, risks, complaints) show the register's rows, frozen
 * while the report is approved or published (see above).
 * <p>
 * <b>Demo</b> ({@code IntegrityDemoData}, order 410): S4001, 4001, 4002, S1001 with
 * executive, the three 2568 announcements, gifts, risks, complaints, all published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrity registers",
		allowedDependencies = { "shared", "web", "agency", "audit", "assessment", "framework" })
@org.jspecify.annotations.NullMarked
package th.ita.integrity;
