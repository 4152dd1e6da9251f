/**
 * OIT evidence (the Open Integrity and Transparency Assessment): agencies publish
 * evidence on their own websites and submit the URLs item by item; assessors review them.
 * <p>
 * <b>API</b> for other modules: {@code OitResults#roundResults(int)} (every agency of a
 * round in one query, for a full recompute) and {@code OitResults#results(int, String)}
 * gives one {@code OitItemResult(itemCode, score, finalVerdict)} per OIT leaf item of the
 * round's framework (score 100 for PASS, 0 for FAIL, the reviewer's score with partial
 * credit, {@code null} without a verdict; the confirmation verdict once the item is
 * locked, otherwise the latest). <b>Events</b>:
 * {@code EvidenceReviewed(fiscalYear, agencyCode,
 * itemCode)} after every verdict and reopening. <b>Listens to</b>
 * {@code th.ita.shared.EvidenceOffered} (planning and integrity publish a document on the
 * agency's public page for an OIT item) with an {@code @ApplicationModuleListener}: after
 * the publisher's transaction commits (it must publish inside one), in a transaction of
 * its own, through Spring Modulith's JDBC event registry (replayed on restart if it
 * failed). <b>Tables</b>: prefix {@code oit_}; {@code oit_evidence_item} (the aggregate:
 * status and optimistic version; and {@code counted_*}, the verdict that counts, kept by
 * database triggers on new reviews and status changes for the round read of scoring),
 * {@code oit_evidence_revision} (every save, never updated), {@code oit_review},
 * {@code oit_clarification}, {@code oit_reopening}, {@code oit_assignment},
 * {@code oit_link_check} (one row per check, never updated), {@code oit_evidence_offer}
 * (one offered document per round, agency and item: the latest wins, a {@code null} url
 * deletes it; offers for an unknown round, agency or item are ignored).
 * <p>
 * <b>Evidence cycle</b> ({@code th.ita.oit.evidence}): the aggregate {@code EvidenceItem}
 * per (round, agency, item) guards {@code EMPTY → DRAFT → SUBMITTED → PASSED | FAILED →
 * CLARIFIED → FINAL}; a refused transition is a 409. Saving and submitting only in the
 * {@code OIT_SUBMISSION} window, first review in {@code OIT_REVIEW}, clarification in
 * {@code OIT_CLARIFICATION}, confirmation (which locks) in {@code OIT_CONFIRMATION}. A
 * FAIL needs a reason: {@code reasonCode}, one of the framework's {@code failReasons} for
 * the item (the item's own, then the common ones; otherwise 422 naming
 * {@code reasonCode}), and/or free text {@code reason}; {@code oit_review} keeps the code
 * and the text (the free text, or the reason's Thai text); a system admin may reopen a
 * locked item with a reason. Every save, submission, verdict, clarification, reopening
 * and assignment goes to the audit trail in the same transaction. Assessor assignments
 * take the username as given (the identity module is not a dependency). Link checks are
 * requested on submission, on clarification and when an assessor opens an item's review
 * page.
 * <p>
 * <b>Agency side, more.</b> The agency admin submits one item or the whole checklist
 * ({@code POST /api/v1/rounds/{fy}/oit/{agency}/submit}: every draft, in framework order,
 * one transaction). <b>Bulk import</b> ({@code EvidenceImporter}, {@code POST
 * …/oit/{agency}/import}, multipart {@code file} or a raw {@code text/csv} or XLSX body;
 * page {@code /rounds/{fy}/oit/import}): CSV (strict UTF-8, BOM accepted) or XLSX (first
 * sheet), header {@code item_code,url,title}, one row per URL, at most 1 MB (413). All or
 * nothing: every row is checked (missing field, unknown item, bad or over-long URL,
 * over-long title, duplicate URL of an item, more than 10 URLs, item not editable, extra
 * columns; a wrong header, encoding or unreadable file stops at once) and a 422 lists
 * {@code errors: [{line, column, code, message}]}; otherwise each item in the file gets
 * one new revision with exactly its URLs (its note kept), audited as
 * {@code oit.evidence-saved} with {@code source: import}, plus one
 * {@code oit.evidence-imported} entry. <b>One-click evidence</b>: an offered document
 * shows on the checklist item; {@code POST …/items/{item}/use-offer} (page: the item's
 * button) adds its URL (an absolute path resolved against {@code ita.oit.public-base-url}
 * or the request's host) to the item's latest URLs as a normal save; the agency still
 * submits.
 * <p>
 * <b>Demo data</b> ({@code OitDemoData}, order 210, only in demo mode): round 2567 gets,
 * from seed 2567, a submission, first review, some clarifications and a final
 * confirmation for every item of every enrolled ESA (written with batched SQL, bypassing
 * the closed windows; URLs under {@code demo.invalid}, texts labelled synthetic); round
 * 2568 a few drafts and submissions; {@code assessor1} is assigned S4001, 4001 and every
 * fifth agency of 2567. Skipped for a round that already has evidence.
 * <p>
 * Inside the module, {@code th.ita.oit.linkcheck} offers {@code LinkCheckService}
 * ({@code requestCheck(url)} queues a background check and never blocks;
 * {@code checkNow(url)} checks and stores on the caller's thread; {@code latest(url)} and
 * {@code history(url)} read stored checks with their {@code changed} and {@code broken}
 * flags) and {@code LinkChecker} ({@code check(URI)}, synchronous, stores nothing).
 * <p>
 * <b>Link checks.</b> A GET ({@code HEAD} is unreliable on government sites) with
 * {@code Accept: *}{@code /*}, {@code Accept-Encoding: identity} and the configured
 * {@code User-Agent}; redirects (301, 302, 303, 307, 308) followed by hand, each hop
 * validated like the first; the body streamed through SHA-256 and dropped, never kept.
 * Only absolute {@code http}/{@code https} URLs of at most 2,048 characters, without
 * credentials. Outcomes: {@code LinkCheckOutcome}.
 * <p>
 * <b>SSRF guard.</b> Refused unless allowlisted: loopback, private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10), carrier-grade NAT
 * (100.64/10), multicast, unspecified (0.0.0.0/8, ::), reserved and benchmarking ranges,
 * the same ranges embedded in IPv6 (IPv4-mapped, -compatible, NAT64, 6to4), the cloud
 * metadata addresses (169.254.169.254, fd00:ec2::254) and metadata host names
 * ({@code metadata.google.internal} and others, refused before any lookup). A host is
 * refused if <i>any</i> of its addresses is refused.
 * <p>
 * <b>DNS rebinding.</b> {@code java.net.http.HttpClient} and {@code HttpURLConnection}
 * both resolve the host again when they connect, so a hostile DNS server could answer
 * with a public address for the check and 127.0.0.1 for the connection. The checker uses
 * Apache HttpClient 5 ({@code HttpFetcher}) with a custom {@code DnsResolver}
 * ({@code ValidatingDnsResolver}) as its only source of addresses: for each connection it
 * looks the host up once, refuses the connection (before any socket is opened) unless
 * every address passes the guard, and returns exactly the validated addresses, which
 * HttpClient then connects to. There is no second lookup, so no rebinding window.
 * HttpClient 5.5 passes IP-literal hosts through the resolver as well (a test pins this);
 * the checker also validates literals before sending the request. Sockets are created
 * with {@code Proxy.NO_PROXY} and the route planner ignores system proxies; HttpClient's
 * automatic redirects, retries, cookies, authentication, decompression and connection
 * reuse are off (every hop opens a new, validated connection); TLS is HttpClient's
 * default strategy on the JDK's default {@code SSLContext} (SNI and host-name
 * verification against the URL's host). A scheduled task cancels the request, closing the
 * connection, when the total timeout passes, so a trickling server cannot stretch a
 * check; what is left of a body over the cap is never read.
 * <p>
 * <b>Configuration</b> ({@code ita.oit.link-check.*}, see {@code LinkCheckProperties}):
 * {@code connect-timeout} (5s), {@code total-timeout} (10s, the whole check with all
 * redirects and the body; DNS lookups are bounded only by the platform resolver),
 * {@code max-body-size} (10MB), {@code max-redirects} (5), {@code user-agent},
 * {@code allowed-hosts} (host names or CIDR ranges allowed despite the guard; empty),
 * {@code threads} (2) and {@code queue-capacity} (200) of the background pool.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OIT evidence",
		allowedDependencies = { "shared", "web", "framework", "assessment", "agency", "audit" })
@org.jspecify.annotations.NullMarked
package th.ita.oit;
