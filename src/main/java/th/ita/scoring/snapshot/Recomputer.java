package th.ita.scoring.snapshot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.assessment.Enrolment;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Indicator;
import th.ita.framework.Instrument;
import th.ita.framework.Item;
import th.ita.oit.OitItemResult;
import th.ita.oit.OitResults;
import th.ita.scoring.AgencyResult;
import th.ita.scoring.AgencyResult.IndicatorResult;
import th.ita.scoring.AgencyResult.InstrumentResult;
import th.ita.scoring.AgencyResult.ItemResult;
import th.ita.scoring.AgencyScored;
import th.ita.scoring.engine.Fingerprints;
import th.ita.scoring.engine.ScoreCard;
import th.ita.scoring.engine.ScoringEngine;
import th.ita.scoring.engine.ScoringInputs;
import th.ita.survey.AnswerTally;
import th.ita.survey.SurveyResults;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one service that computes and stores snapshots: gathers an enrolled agency's inputs
 * (survey aggregates, OIT results), runs the engine against the round's pinned framework
 * and stores the result when its inputs fingerprint changed.
 */
@Service
public class Recomputer {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Recomputer.class);

	private final Rounds rounds;

	private final FrameworkCatalog frameworks;

	private final AgencyDirectory agencies;

	private final SurveyResults surveys;

	private final OitResults oit;

	private final SnapshotRows rows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Map<FrameworkRef, FrameworkDefinition> definitions = new ConcurrentHashMap<>();

	/** Agencies scored and written together in a round recompute. */
	static final int CHUNK = 1_000;

	Recomputer(Rounds rounds, FrameworkCatalog frameworks, AgencyDirectory agencies, SurveyResults surveys,
			OitResults oit, SnapshotRows rows, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.rounds = rounds;
		this.frameworks = frameworks;
		this.agencies = agencies;
		this.surveys = surveys;
		this.oit = oit;
		this.rows = rows;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Recomputes an agency's snapshot from the live inputs and stores it when it changed.
	 * @return the snapshot, empty when the round does not exist or the agency is not
	 * enrolled
	 */
	public Optional<Snapshot> recompute(int fiscalYear, String agencyCode) {
		Optional<RoundSummary> round = this.rounds.find(fiscalYear);
		Optional<Enrolment> enrolment = this.rounds.enrolment(fiscalYear, agencyCode);
		Optional<AgencySummary> agency = this.agencies.find(agencyCode);
		if (round.isEmpty() || enrolment.isEmpty() || agency.isEmpty()) {
			return Optional.empty();
		}
		FrameworkDefinition framework = definition(round.get().framework());
		ScoringInputs inputs = inputs(fiscalYear, agencyCode);
		Snapshot snapshot = snapshot(round.get().programme(), agency.get(), enrolment.get(), framework, inputs,
				this.clock.instant());
		Optional<String> stored = this.rows.fingerprint(fiscalYear, agencyCode);
		if (stored.isEmpty() || !stored.get().equals(snapshot.result().inputsFingerprint())) {
			this.rows.upsert(snapshot);
			this.events.publishEvent(new AgencyScored(fiscalYear, agencyCode));
		}
		return Optional.of(snapshot);
	}

	/**
	 * Recomputes every enrolled agency of a round in bulk: the survey aggregates and OIT
	 * results of the whole round are read in one pass each, the engine scores the
	 * agencies in parallel, and the changed snapshots are written in batches.
	 * @return how many agencies were computed
	 */
	public int recomputeRound(int fiscalYear) {
		Optional<RoundSummary> round = this.rounds.find(fiscalYear);
		if (round.isEmpty()) {
			return 0;
		}
		long t0 = System.nanoTime();
		FrameworkDefinition framework = definition(round.get().framework());
		// the round's enrolments, agencies and inputs are read at the same time, each in
		// its own connection (read only, committed data) and thread (the common pool has
		// one worker on 2 cores)
		ExecutorService readers = Executors.newFixedThreadPool(3);
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try {
			CompletableFuture<Map<String, AnswerTally>> eitLater = CompletableFuture
				.supplyAsync(() -> this.surveys.roundTallies(fiscalYear, Instrument.EIT), readers);
			CompletableFuture<Map<String, List<OitItemResult>>> oitLater = CompletableFuture
				.supplyAsync(() -> this.oit.roundResults(fiscalYear), readers);
			CompletableFuture<List<Enrolment>> enrolmentsLater = CompletableFuture
				.supplyAsync(() -> this.rounds.enrolments(fiscalYear), readers);
			CompletableFuture<Map<String, AgencySummary>> agenciesLater = enrolmentsLater.thenApplyAsync(e -> {
				Map<String, AgencySummary> all = new HashMap<>();
				this.agencies.all().forEach(a -> all.put(a.code(), a));
				return all;
			}, readers);
			Map<String, AnswerTally> iit = new HashMap<>(this.surveys.roundTallies(fiscalYear, Instrument.IIT));
			Map<String, Snapshots.Version> stored = this.rows.versions(fiscalYear);
			List<Enrolment> enrolments = joined(enrolmentsLater);
			Map<String, AgencySummary> agencies = joined(agenciesLater);
			long t1 = System.nanoTime();
			Map<String, AnswerTally> eit = new HashMap<>(joined(eitLater));
			long t2 = System.nanoTime();
			Map<String, List<OitItemResult>> oitResults = new HashMap<>(joined(oitLater));
			Instant at = this.clock.instant();
			long t3 = System.nanoTime();
			List<Enrolment> scored = enrolments.stream().filter(e -> agencies.containsKey(e.agencyCode())).toList();
			String rules = Fingerprints.rules(framework);
			long scoring = 0;
			long waiting = 0;
			int written = 0;
			CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
			// in chunks: a chunk's inputs leave the round's maps as it is scored (in
			// parallel), each changed snapshot becomes its COPY row at once, and only two
			// chunks of rows are held at a time (at 30,000 agencies all the cards at once
			// made the heap the bottleneck); a chunk is written while the next is scored
			for (int from = 0; from < scored.size(); from += CHUNK) {
				long c0 = System.nanoTime();
				List<Enrolment> chunk = scored.subList(from, Math.min(scored.size(), from + CHUNK));
				List<RawInputs> raw = new ArrayList<>(chunk.size());
				for (Enrolment e : chunk) {
					raw.add(new RawInputs(iit.remove(e.agencyCode()), eit.remove(e.agencyCode()),
							oitResults.remove(e.agencyCode())));
				}
				List<SnapshotCopy.Row> changed = IntStream.range(0, chunk.size()).parallel().mapToObj(i -> {
					ScoringInputs inputs = inputs(raw.get(i));
					String fingerprint = Fingerprints.inputs(framework, rules, inputs);
					// an agency whose inputs fingerprint is stored already is not
					// scored again; a changed one is encoded for the COPY at once
					Snapshots.Version before = stored.get(chunk.get(i).agencyCode());
					return (before != null && fingerprint.equals(before.inputsFingerprint())) ? null
							: this.rows
								.encode(snapshot(round.get().programme(), agencies.get(chunk.get(i).agencyCode()),
										chunk.get(i), framework, inputs, fingerprint, at));
				}).filter(Objects::nonNull).toList();
				long c1 = System.nanoTime();
				joined(writing);
				waiting += System.nanoTime() - c1;
				scoring += c1 - c0;
				written += changed.size();
				writing = CompletableFuture.runAsync(() -> {
					this.rows.writeRows(changed);
					if (!changed.isEmpty()) {
						this.events.publishEvent(new th.ita.scoring.AgenciesScored(fiscalYear,
								changed.stream().map(SnapshotCopy.Row::agencyCode).toList()));
					}
				}, writer);
			}
			long c1 = System.nanoTime();
			joined(writing);
			waiting += System.nanoTime() - c1;
			this.rows.analyzeLater(written);
			log.info(
					"Round {}: {} enrolments; read the IIT tallies, enrolments and agencies {} ms, then waited {} ms for"
							+ " the EIT tallies and {} ms for the OIT results; scored {} ms, waited {} ms for the writes of {}"
							+ " changed snapshots",
					fiscalYear, enrolments.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
					scoring / 1_000_000, waiting / 1_000_000, written);
			return scored.size();
		}
		finally {
			readers.shutdown();
			writer.shutdown();
		}
	}

	private static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** An agency's survey tallies and OIT results as the round's reads gave them. */
	private record RawInputs(@Nullable AnswerTally iit, @Nullable AnswerTally eit, @Nullable List<OitItemResult> oit) {
	}

	private static ScoringInputs inputs(RawInputs raw) {
		ScoringInputs.Builder builder = ScoringInputs.builder();
		add(builder, Instrument.IIT, raw.iit());
		add(builder, Instrument.EIT, raw.eit());
		add(builder, (raw.oit() != null) ? raw.oit() : List.of());
		return builder.build();
	}

	/**
	 * A tally as answer counts (the engine applies the scales): whole numbers, so the
	 * stored inputs and their fingerprint print no long decimals.
	 */
	private static void add(ScoringInputs.Builder inputs, Instrument instrument, @Nullable AnswerTally tally) {
		if (tally == null) {
			inputs.respondents(instrument, 0);
			return;
		}
		AnswerTally.Layout layout = tally.layout();
		int[] counts = tally.counts();
		for (int i = 0; i < layout.items().size(); i++) {
			for (int s = layout.offsets()[i]; s < layout.offsets()[i + 1]; s++) {
				if (counts[s] != 0) {
					inputs.answers(layout.items().get(i), layout.values()[s], counts[s]);
				}
			}
		}
		inputs.respondents(instrument, (int) tally.respondents());
	}

	private static void add(ScoringInputs.Builder inputs, List<OitItemResult> results) {
		for (OitItemResult result : results) {
			if (result.score() != null) {
				inputs.oit(result.itemCode(), result.score());
			}
		}
	}

	/** The inputs of an agency in a round as the survey and OIT modules give them now. */
	ScoringInputs inputs(int fiscalYear, String agencyCode) {
		ScoringInputs.Builder inputs = ScoringInputs.builder();
		for (Instrument instrument : List.of(Instrument.IIT, Instrument.EIT)) {
			add(inputs, instrument, this.surveys.tally(fiscalYear, agencyCode, instrument).orElse(null));
		}
		add(inputs, this.oit.results(fiscalYear, agencyCode));
		return inputs.build();
	}

	/** Scores stored inputs again (the reproducibility check). */
	public ScoreCard rescore(FrameworkRef ref, ScoringInputs inputs) {
		return ScoringEngine.score(definition(ref), inputs);
	}

	FrameworkDefinition definition(FrameworkRef ref) {
		return this.definitions.computeIfAbsent(ref, r -> this.frameworks.definition(r)
			.orElseThrow(() -> new IllegalStateException("Framework " + r + " is missing")));
	}

	static Snapshot snapshot(String programme, AgencySummary agency, Enrolment enrolment, FrameworkDefinition framework,
			ScoringInputs inputs, Instant at) {
		return snapshot(programme, agency, enrolment, framework, inputs, null, at);
	}

	private static Snapshot snapshot(String programme, AgencySummary agency, Enrolment enrolment,
			FrameworkDefinition framework, ScoringInputs inputs, @Nullable String fingerprint, Instant at) {
		ScoreCard card = ScoringEngine.score(framework, inputs, fingerprint);
		return new Snapshot(programme, agency, result(enrolment, agency, framework, card, at, false),
				Fingerprints.RULES_VERSION, card.rulesFingerprint(), inputs, at);
	}

	static AgencyResult result(Enrolment enrolment, AgencySummary agency, FrameworkDefinition framework, ScoreCard card,
			Instant at, boolean published) {
		List<InstrumentResult> instruments = new ArrayList<>();
		for (ScoreCard.InstrumentScore i : card.instruments()) {
			boolean survey = i.instrument() != Instrument.OIT;
			instruments.add(new InstrumentResult(i.instrument(), i.weight(), i.score(), i.rounded(), i.respondents(),
					survey ? enrolment.minimumSample(i.instrument()) : null, i.complete()));
		}
		Lookups lookups = Lookups.of(framework);
		Map<Integer, Indicator> byNumber = lookups.indicators();
		List<IndicatorResult> indicators = new ArrayList<>();
		for (ScoreCard.IndicatorScore i : card.indicators()) {
			List<String> previous = byNumber.containsKey(i.number()) ? byNumber.get(i.number()).previous() : List.of();
			indicators.add(new IndicatorResult(i.number(), i.code(), i.instrument(), i.nameTh(), i.nameEn(), i.score(),
					i.rounded(), i.grade(), i.missing(), previous));
		}
		Map<String, Item> byCode = lookups.items();
		List<ItemResult> items = new ArrayList<>(card.items().size());
		for (ScoreCard.ItemScore i : card.items()) {
			Optional<Item> item = Optional.ofNullable(byCode.get(i.code()));
			items.add(new ItemResult(i.code(), i.indicator(), i.parent(),
					item.map(x -> x.subItems().isEmpty()).orElse(true), item.map(Item::textTh).orElse(null),
					item.map(Item::textEn).orElse(null), i.score(), i.rounded(), i.validAnswers()));
		}
		return new AgencyResult(enrolment.fiscalYear(), agency.code(), agency.displayNameTh(), card.framework(),
				card.ita(), card.itaRounded(), card.grade(), card.passed(), card.complete(), instruments, indicators,
				items, card.inputsFingerprint(), at, published);
	}

	/**
	 * A framework version's indicators by number and items (and sub-items) by code, kept
	 * for the last framework instance seen (a round recompute builds thousands of results
	 * against one).
	 */
	private record Lookups(FrameworkDefinition framework, Map<Integer, Indicator> indicators, Map<String, Item> items) {

		private static volatile @Nullable Lookups last;

		static Lookups of(FrameworkDefinition framework) {
			Lookups known = last;
			if (known != null && known.framework == framework) {
				return known;
			}
			Map<Integer, Indicator> byNumber = new HashMap<>();
			framework.indicators().forEach(i -> byNumber.put(i.number(), i));
			Map<String, Item> byCode = new HashMap<>();
			framework.indicators()
				.forEach(indicator -> indicator.allItems()
					.flatMap(i -> Stream.concat(Stream.of(i), i.subItems().stream()))
					.forEach(i -> byCode.putIfAbsent(String.valueOf(i.code()), i)));
			Lookups built = new Lookups(framework, Map.copyOf(byNumber), Map.copyOf(byCode));
			last = built;
			return built;
		}

	}

}
