package th.ita.survey.responses;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import th.ita.agency.AgencyDirectory;
import th.ita.agency.AgencySummary;
import th.ita.assessment.CalendarChanged;
import th.ita.assessment.Enrolment;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The lookups of every submit and questionnaire that rarely change, kept in memory for a
 * short time: the round (its pinned framework and its calendar) for
 * {@code ita.survey.lookup-ttl} (default 3 s), the agency and its enrolment for
 * {@code ita.survey.directory-ttl} (default 30 s). Only found values are kept, so a new
 * round, agency or enrolment is seen at once; a calendar edit clears its round at once
 * (on {@link CalendarChanged}, again after the edit commits) and any other calendar
 * change shows within 3 s; an agency renamed or an enrolment removed shows within 30 s.
 * Per node.
 */
@Component
class SubmitLookups {

	private static final int MAX_ENTRIES = 50_000;

	private final Rounds rounds;

	private final AgencyDirectory agencies;

	private final long ttlNanos;

	private final long directoryTtlNanos;

	private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

	SubmitLookups(Rounds rounds, AgencyDirectory agencies, @Value("${ita.survey.lookup-ttl:3s}") java.time.Duration ttl,
			@Value("${ita.survey.directory-ttl:30s}") java.time.Duration directoryTtl) {
		this.rounds = rounds;
		this.agencies = agencies;
		this.ttlNanos = ttl.toNanos();
		this.directoryTtlNanos = directoryTtl.toNanos();
	}

	Optional<RoundSummary> round(int fiscalYear) {
		return cached(new RoundKey(fiscalYear), this.ttlNanos, () -> this.rounds.find(fiscalYear));
	}

	Optional<AgencySummary> agency(String agencyCode) {
		return cached(new AgencyKey(agencyCode), this.directoryTtlNanos, () -> this.agencies.find(agencyCode));
	}

	Optional<Enrolment> enrolment(int fiscalYear, String agencyCode) {
		return cached(new EnrolmentKey(fiscalYear, agencyCode), this.directoryTtlNanos,
				() -> this.rounds.enrolment(fiscalYear, agencyCode));
	}

	@EventListener
	void on(CalendarChanged event) {
		RoundKey key = new RoundKey(event.fiscalYear());
		this.entries.remove(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					SubmitLookups.this.entries.remove(key);
				}
			});
		}
	}

	/** Forgets everything (tests, and after bulk changes). */
	void clear() {
		this.entries.clear();
	}

	@SuppressWarnings("unchecked")
	private <T> Optional<T> cached(Object key, long ttl, Supplier<Optional<T>> load) {
		long now = System.nanoTime();
		Entry entry = this.entries.get(key);
		if (entry != null && now - entry.at() < ttl) {
			return Optional.of((T) entry.value());
		}
		Optional<T> value = load.get();
		if (value.isPresent()) {
			if (this.entries.size() > MAX_ENTRIES) {
				this.entries.clear();
			}
			this.entries.put(key, new Entry(value.get(), now));
		}
		else {
			this.entries.remove(key);
		}
		return value;
	}

	private record Entry(Object value, long at) {
	}

	private record RoundKey(int fiscalYear) {
	}

	private record AgencyKey(String code) {
	}

	private record EnrolmentKey(int fiscalYear, String agencyCode) {
	}

}
