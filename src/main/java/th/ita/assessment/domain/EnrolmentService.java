package th.ita.assessment.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.agency.AgencyType;
import th.ita.assessment.Activity;
import th.ita.assessment.Enrolment;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.audit.AuditTrail;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Instrument;
import th.ita.shared.FieldException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.NotFoundException;
import th.ita.shared.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment of agencies in a round, and their population figures with the minimum samples
 * the round's framework asks for. Populations change only until
 * {@link Activity#COLLECTION} opens.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

	/** The survey instruments that have a population. */
	public static final List<Instrument> SURVEYS = List.of(Instrument.IIT, Instrument.EIT);

	static final int MAX_POPULATION = 10_000_000;

	private final RoundService rounds;

	private final EnrolmentRows rows;

	private final AgencyDirectory agencies;

	private final FrameworkCatalog frameworks;

	private final AuditTrail audit;

	private final AssessmentTexts texts;

	private final org.springframework.context.ApplicationEventPublisher events;

	EnrolmentService(RoundService rounds, EnrolmentRows rows, AgencyDirectory agencies, FrameworkCatalog frameworks,
			AuditTrail audit, AssessmentTexts texts, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.rounds = rounds;
		this.rows = rows;
		this.agencies = agencies;
		this.frameworks = frameworks;
		this.audit = audit;
		this.texts = texts;
	}

	/**
	 * Enrols the listed agencies and all agencies of the listed types. Idempotent: an
	 * enrolled agency stays as it is unless a population is given for it.
	 * @param population optional figures by agency code and instrument name
	 * @throws UnknownAgenciesException (422) listing unknown codes; nothing is enrolled
	 */
	@Transactional
	public EnrolResult enrol(int fiscalYear, @Nullable List<String> codes, @Nullable List<String> types,
			@Nullable Map<String, @Nullable Map<String, @Nullable Integer>> population) {
		RoundSummary round = this.rounds.get(fiscalYear);
		Map<String, AgencySummary> registry = this.agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencySummary::code, Function.identity()));
		Set<String> selected = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String code : (codes != null) ? codes : List.<String>of()) {
			String c = (code != null) ? code.strip() : "";
			if (registry.containsKey(c)) {
				selected.add(c);
			}
			else {
				unknown.add(c);
			}
		}
		if (!unknown.isEmpty()) {
			throw new UnknownAgenciesException("agencies", unknown,
					this.texts.get("assessment.error.unknownAgencies", String.join(", ", unknown)));
		}
		Set<AgencyType> typeSet = types(types);
		registry.values()
			.stream()
			.filter(a -> typeSet.contains(a.type()))
			.map(AgencySummary::code)
			.sorted()
			.forEach(selected::add);
		if (selected.isEmpty()) {
			throw new FieldException("agencies", this.texts.get("assessment.error.noAgencies"));
		}
		Map<String, Map<Instrument, Integer>> given = population(population, selected);
		Map<String, Enrolment> existing = this.rows.all(round.programme(), fiscalYear)
			.stream()
			.collect(Collectors.toMap(Enrolment::agencyCode, Function.identity()));
		if (given.keySet().stream().anyMatch(existing::containsKey)) {
			this.rounds.requireNotStarted(fiscalYear, Activity.COLLECTION);
		}
		List<String> added = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		for (String code : selected) {
			Enrolment before = existing.get(code);
			Map<Instrument, Integer> figures = new EnumMap<>(Instrument.class);
			if (before != null) {
				figures.putAll(before.population());
			}
			else {
				Integer staff = registry.get(code).staffCount();
				figures.put(Instrument.IIT, (staff != null) ? staff : 0);
				figures.put(Instrument.EIT, this.frameworks.defaultPopulation(round.framework(), Instrument.EIT));
			}
			figures.putAll(given.getOrDefault(code, Map.of()));
			if (before != null && figures.equals(before.population())) {
				unchanged.add(code);
				continue;
			}
			this.rows.upsert(round.programme(), fiscalYear, code, figures, minimum(round.framework(), figures));
			((before == null) ? added : updated).add(code);
		}
		if (!added.isEmpty() || !updated.isEmpty()) {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("added", added);
			after.put("updated", updated);
			after.put("population", given);
			this.audit.record("round.enrolled", "round", RoundService.key(round.programme(), fiscalYear), null, after);
		}
		if (!added.isEmpty()) {
			this.events.publishEvent(new th.ita.assessment.AgenciesEnrolled(fiscalYear, added));
		}
		return new EnrolResult(added, updated, unchanged, this.rows.count(round.programme(), fiscalYear));
	}

	/**
	 * Changes an enrolled agency's populations; the agency's own AGENCY_ADMIN or a
	 * SYSTEM_ADMIN, until collection opens.
	 * @throws AccessDeniedException (403) for anyone else
	 * @throws th.ita.assessment.WindowClosedException (409) once collection has opened
	 */
	@Transactional
	public Enrolment changePopulation(int fiscalYear, String agencyCode,
			@Nullable Map<String, @Nullable Integer> population, ItaPrincipal user) {
		if (!mayEdit(user, agencyCode)) {
			throw new AccessDeniedException("Not allowed to edit the enrolment of " + agencyCode);
		}
		RoundSummary round = this.rounds.get(fiscalYear);
		Enrolment before = this.rows.find(round.programme(), fiscalYear, agencyCode)
			.orElseThrow(() -> new NotFoundException(
					this.texts.get("assessment.error.notEnrolled", agencyCode, fiscalYear)));
		this.rounds.requireNotStarted(fiscalYear, Activity.COLLECTION);
		Map<Instrument, Integer> figures = new EnumMap<>(Instrument.class);
		figures.putAll(before.population());
		figures.putAll(figures(population, "population"));
		if (figures.equals(before.population())) {
			return before;
		}
		this.rows.upsert(round.programme(), fiscalYear, agencyCode, figures, minimum(round.framework(), figures));
		Enrolment after = this.rows.find(round.programme(), fiscalYear, agencyCode).orElseThrow();
		this.audit.record("enrolment.population-changed", "enrolment",
				RoundService.key(round.programme(), fiscalYear) + "/" + agencyCode, before, after);
		return after;
	}

	/** The enrolments the user may see: all for national users, their own otherwise. */
	public List<Enrolment> visible(int fiscalYear, ItaPrincipal user) {
		this.rounds.get(fiscalYear);
		return this.rounds.enrolments(fiscalYear).stream().filter(e -> user.canSeeAgency(e.agencyCode())).toList();
	}

	/**
	 * One enrolment, if the user may see it.
	 * @throws AccessDeniedException (403) for another agency's enrolment
	 */
	public Enrolment get(int fiscalYear, String agencyCode, ItaPrincipal user) {
		if (!user.canSeeAgency(agencyCode)) {
			throw new AccessDeniedException("Not allowed to see the enrolment of " + agencyCode);
		}
		this.rounds.get(fiscalYear);
		return this.rounds.enrolment(fiscalYear, agencyCode)
			.orElseThrow(() -> new NotFoundException(
					this.texts.get("assessment.error.notEnrolled", agencyCode, fiscalYear)));
	}

	/** True when the user may edit this agency's population figures. */
	public static boolean mayEdit(ItaPrincipal user, String agencyCode) {
		return user.isSystemAdmin() || user.hasRole(Role.AGENCY_ADMIN) && agencyCode.equals(user.agencyCode());
	}

	private Map<Instrument, Integer> minimum(FrameworkRef framework, Map<Instrument, Integer> population) {
		Map<Instrument, Integer> minimum = new EnumMap<>(Instrument.class);
		for (Instrument instrument : SURVEYS) {
			minimum.put(instrument,
					this.frameworks.minimumSample(framework, instrument, population.getOrDefault(instrument, 0)));
		}
		return minimum;
	}

	private Set<AgencyType> types(@Nullable List<String> types) {
		Set<AgencyType> set = new LinkedHashSet<>();
		for (String type : (types != null) ? types : List.<String>of()) {
			set.add(AgencyType.parse(String.valueOf(type))
				.orElseThrow(() -> new FieldException("types", this.texts.get("assessment.error.unknownType", type))));
		}
		return set;
	}

	private Map<String, Map<Instrument, Integer>> population(
			@Nullable Map<String, @Nullable Map<String, @Nullable Integer>> population, Set<String> selected) {
		Map<String, Map<Instrument, Integer>> result = new LinkedHashMap<>();
		if (population == null) {
			return result;
		}
		for (Map.Entry<String, @Nullable Map<String, @Nullable Integer>> entry : population.entrySet()) {
			String field = "population." + entry.getKey();
			if (!selected.contains(entry.getKey())) {
				throw new FieldException(field,
						this.texts.get("assessment.error.populationNotSelected", entry.getKey()));
			}
			result.put(entry.getKey(), figures(entry.getValue(), field));
		}
		return result;
	}

	private Map<Instrument, Integer> figures(@Nullable Map<String, @Nullable Integer> figures, String field) {
		Map<Instrument, Integer> result = new EnumMap<>(Instrument.class);
		if (figures == null) {
			return result;
		}
		for (Map.Entry<String, @Nullable Integer> entry : figures.entrySet()) {
			String name = field + "." + entry.getKey();
			Instrument instrument = SURVEYS.stream()
				.filter(i -> i.name().equals(entry.getKey()))
				.findFirst()
				.orElseThrow(() -> new FieldException(name, this.texts.get("assessment.error.unknownInstrument")));
			Integer value = entry.getValue();
			if (value == null || value < 0 || value > MAX_POPULATION) {
				throw new FieldException(name, this.texts.get("assessment.error.population", MAX_POPULATION));
			}
			result.put(instrument, value);
		}
		return result;
	}

}
