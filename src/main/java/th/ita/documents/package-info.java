/**
 * Documents and exports (issue 8): PDFs generated from the data, each from one read of a
 * module's API and one Thymeleaf template under {@code templates/documents/}, printed by
 * {@link th.ita.shared.pdf.PdfRenderer} (headless Chromium: correct Thai shaping, word
 * wrapping and extractable text; Sarabun embedded; A4; page numbers); XLSX (fastexcel,
 * streamed) and CSV (UTF-8 with BOM) exports.
 * <p>
 * <b>Documents</b>: the agency ITA scorecard ({@code GET
 * /api/v1/rounds/{y}/results/{code}.pdf}, public once the round is published, else the
 * agency's users and the central team); the national summary ({@code GET
 * /api/v1/rounds/{y}/results.pdf}); the announcements in the Thai official layout
 * ({@code GET /api/v1/agencies/{code}/declarations/{y}/{kind}.pdf}, {@code GET
 * /public/agencies/{code}/integrity/{y}/{slug}.pdf} once published; {@code ?lang=en});
 * the O32 measures document and O33 progress report ({@code GET
 * /api/v1/agencies/{code}/plans/{y}/measures.pdf}, {@code progress.pdf}). <b>Exports</b>:
 * {@code GET /api/v1/rounds/{y}/results.xlsx|.csv} (every agency with the ten
 * indicators), {@code GET /api/v1/rounds/{y}/oit/{code}/checklist.xlsx|.csv} (the OIT
 * checklist), {@code GET /api/v1/agencies/{code}/gifts.xlsx|.csv?fiscalYear=} (the named
 * gift register, audited), {@code GET /api/v1/rounds/{y}/surveys/anomalies.xlsx|.csv}
 * (system admins), {@code GET /api/v1/agencies/{code}/plans/{y}/integrity.xlsx|.csv} and
 * {@code anti-corruption.xlsx|.csv} (the action plan with progress and totals). Page:
 * {@code /documents} lists the downloads.
 * <p>
 * <b>Reads</b> {@code scoring.ScoreResults} (optional bean: 503 without it),
 * {@code framework.FrameworkCatalog} (grade bands), {@code integrity.IntegrityDocuments},
 * {@code oit.OitResults}, {@code planning.PlanDocuments}, {@code integrity.GiftRegister},
 * {@code survey.SurveyAnomalyReport}. <b>Events</b>: none. <b>Tables</b>:
 * {@code documents_issued} (an approved announcement's PDF as first generated, its
 * SHA-256, approver and approval time; audited as {@code document.issued}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents and exports",
		allowedDependencies = { "shared", "framework", "agency", "scoring", "oit", "integrity", "audit", "assessment",
				"planning", "survey" })
@org.jspecify.annotations.NullMarked
package th.ita.documents;
