package th.ita.assessment.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import th.ita.assessment.Activity;
import th.ita.assessment.CalendarChanged;
import th.ita.assessment.Enrolment;
import th.ita.assessment.RoundOpened;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.assessment.Window;
import th.ita.assessment.WindowClosedException;
import th.ita.audit.AuditTrail;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkRef;
import th.ita.framework.FrameworkSummary;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds and their calendars: creation (pins the framework version), calendar edits
 * (audited), and the window checks every later action makes against today's Bangkok date.
 */
@Service
@Transactional(readOnly = true)
public class RoundService implements Rounds {

	/** The fiscal years a round may have. */
	public static final int MIN_YEAR = 2560;

	public static final int MAX_YEAR = 2700;

	private final RoundRows rounds;

	private final EnrolmentRows enrolments;

	private final FrameworkCatalog frameworks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final AssessmentTexts texts;

	private final Clock clock;

	RoundService(RoundRows rounds, EnrolmentRows enrolments, FrameworkCatalog frameworks, AuditTrail audit,
			ApplicationEventPublisher events, AssessmentTexts texts, Clock clock) {
		this.rounds = rounds;
		this.enrolments = enrolments;
		this.frameworks = frameworks;
		this.audit = audit;
		this.events = events;
		this.texts = texts;
		this.clock = clock;
	}

	/** Today in Bangkok. */
	public LocalDate today() {
		return this.clock.instant().atZone(ThaiDates.BANGKOK).toLocalDate();
	}

	/**
	 * Creates a round and pins its framework version.
	 * @throws FieldException (422) for a bad fiscal year, framework or calendar
	 * @throws ConflictException (409) when the programme has a round for that year
	 */
	@Transactional
	public RoundSummary create(NewRound round) {
		Integer year = round.fiscalYear();
		if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
			throw new FieldException("fiscalYear", this.texts.get("assessment.error.fiscalYear", MIN_YEAR, MAX_YEAR));
		}
		FrameworkSummary framework = framework(round.framework(), round.frameworkVersion());
		String programme = (round.programme() != null && !round.programme().isBlank()) ? round.programme().strip()
				: framework.programme();
		if (!programme.equals(framework.programme())) {
			throw new FieldException("programme",
					this.texts.get("assessment.error.programme", framework.ref().toString(), framework.programme()));
		}
		Map<Activity, Window> windows = Calendars.validate(round.windows(), this.texts);
		if (!this.rounds.insert(programme, year, framework.ref(), round.synthetic())) {
			throw new ConflictException("fiscalYear", this.texts.get("assessment.error.duplicate", programme, year));
		}
		this.rounds.replaceWindows(programme, year, windows);
		this.frameworks.pin(framework.ref());
		RoundSummary created = get(programme, year);
		this.audit.record("round.created", "round", key(programme, year), null, created);
		this.events.publishEvent(new RoundOpened(year, programme, framework.ref()));
		return created;
	}

	/** Replaces the calendar of a round of the default programme. */
	@Transactional
	public RoundSummary changeCalendar(int fiscalYear, @Nullable Map<String, @Nullable WindowInput> windows) {
		RoundSummary before = get(DEFAULT_PROGRAMME, fiscalYear);
		Map<Activity, Window> valid = Calendars.validate(windows, this.texts);
		if (valid.equals(before.windows())) {
			return before;
		}
		this.rounds.replaceWindows(before.programme(), fiscalYear, valid);
		RoundSummary after = get(before.programme(), fiscalYear);
		this.audit.record("round.calendar-changed", "round", key(before.programme(), fiscalYear), before.windows(),
				after.windows());
		this.events.publishEvent(new CalendarChanged(fiscalYear, before.programme()));
		return after;
	}

	public List<RoundSummary> all() {
		return this.rounds.all();
	}

	@Override
	public Optional<RoundSummary> find(String programme, int fiscalYear) {
		return this.rounds.find(programme, fiscalYear);
	}

	/** The round, or {@link NotFoundException}. */
	public RoundSummary get(int fiscalYear) {
		return get(DEFAULT_PROGRAMME, fiscalYear);
	}

	public RoundSummary get(String programme, int fiscalYear) {
		return find(programme, fiscalYear).orElseThrow(
				() -> new NotFoundException(this.texts.get("assessment.error.noRound", programme, fiscalYear)));
	}

	public int enrolmentCount(int fiscalYear) {
		return this.enrolments.count(DEFAULT_PROGRAMME, fiscalYear);
	}

	@Override
	public boolean isOpen(int fiscalYear, Activity activity) {
		return find(fiscalYear).flatMap(r -> r.window(activity)).map(w -> w.contains(today())).orElse(false);
	}

	/** True when the window is scheduled and today is inside it. */
	public boolean isOpen(RoundSummary round, Activity activity) {
		return round.window(activity).map(w -> w.contains(today())).orElse(false);
	}

	@Override
	public void requireOpen(int fiscalYear, Activity activity) {
		Window window = get(fiscalYear).window(activity)
			.orElseThrow(() -> new WindowClosedException(fiscalYear, activity,
					this.texts.get("assessment.window.notScheduled", this.texts.activity(activity), activity.name())));
		if (!window.contains(today())) {
			throw new WindowClosedException(fiscalYear, activity,
					this.texts.window("assessment.window.closed", activity, window));
		}
	}

	/**
	 * Checks that an activity's window has not started yet (e.g. populations are editable
	 * only until collection opens). An unscheduled window has not started.
	 * @throws WindowClosedException (409) naming the window and its first day
	 */
	public void requireNotStarted(int fiscalYear, Activity activity) {
		Optional<Window> window = get(fiscalYear).window(activity);
		if (window.isPresent() && window.get().hasStarted(today())) {
			throw new WindowClosedException(fiscalYear, activity,
					this.texts.window("assessment.window.started", activity, window.get()));
		}
	}

	@Override
	public List<Enrolment> enrolments(int fiscalYear) {
		return this.enrolments.all(DEFAULT_PROGRAMME, fiscalYear);
	}

	@Override
	public Optional<Enrolment> enrolment(int fiscalYear, String agencyCode) {
		return this.enrolments.find(DEFAULT_PROGRAMME, fiscalYear, agencyCode);
	}

	private FrameworkSummary framework(@Nullable String code, @Nullable Integer version) {
		if (code == null || code.isBlank()) {
			throw new FieldException("framework", this.texts.get("assessment.error.frameworkRequired"));
		}
		if (version == null) {
			return this.frameworks.latest(code.strip())
				.orElseThrow(() -> new FieldException("framework",
						this.texts.get("assessment.error.unknownFramework", code)));
		}
		FrameworkRef ref = new FrameworkRef(code.strip(), version);
		return this.frameworks.find(ref).orElseThrow(() -> {
			boolean codeKnown = this.frameworks.latest(ref.code()).isPresent();
			return new FieldException(codeKnown ? "frameworkVersion" : "framework",
					this.texts.get("assessment.error.unknownFramework", ref.toString()));
		});
	}

	static String key(String programme, int fiscalYear) {
		return programme + "/" + fiscalYear;
	}

}
