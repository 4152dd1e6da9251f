package th.ita.survey.anomalies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import th.ita.shared.ThaiDates;
import th.ita.survey.ResponsesRecorded;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts responses per (round, agency, instrument) in fixed windows of
 * {@code ita.survey.anomalies.live-window-minutes} (10) at submit time, in memory only,
 * and remembers per day the largest window count at or above
 * {@code ita.survey.anomalies.live-burst-min} (30). Only counts are kept, never a time
 * per response and nothing on disk, so the stored responses stay without a time of day.
 * Per node, lost at restart; the day-level burst flags of {@link SurveyAnomalies} cover
 * the rest.
 */
@Component
class BurstMonitor {

	private final int windowMinutes;

	private final int minimum;

	private final Clock clock;

	private final Map<String, Counter> current = new ConcurrentHashMap<>();

	private final Map<String, AnomalyReport.LiveBurst> bursts = new ConcurrentHashMap<>();

	@Autowired
	BurstMonitor(@Value("${ita.survey.anomalies.live-window-minutes:10}") int windowMinutes,
			@Value("${ita.survey.anomalies.live-burst-min:30}") int minimum) {
		this(windowMinutes, minimum, Clock.system(ThaiDates.BANGKOK));
	}

	BurstMonitor(int windowMinutes, int minimum, Clock clock) {
		this.windowMinutes = windowMinutes;
		this.minimum = minimum;
		this.clock = clock;
	}

	@EventListener
	void on(ResponsesRecorded event) {
		record(event.fiscalYear(), event.agencyCode(), event.instrument().name(), event.responses());
	}

	void record(int fiscalYear, String agencyCode, String instrument) {
		record(fiscalYear, agencyCode, instrument, 1);
	}

	/** Counts {@code responses} stored responses (one event per group commit). */
	void record(int fiscalYear, String agencyCode, String instrument, int responses) {
		long window = this.clock.millis() / (this.windowMinutes * 60_000L);
		String key = fiscalYear + "/" + agencyCode + "/" + instrument;
		Counter counter = this.current.compute(key, (k, c) -> (c == null || c.window != window)
				? new Counter(window, responses) : new Counter(window, c.count + responses));
		if (counter.count >= this.minimum) {
			LocalDate day = LocalDate.now(this.clock);
			this.bursts.merge(key + "/" + day,
					new AnomalyReport.LiveBurst(agencyCode, instrument, day, this.windowMinutes, counter.count),
					(a, b) -> (b.responses() > a.responses()) ? b : a);
		}
	}

	List<AnomalyReport.LiveBurst> bursts(int fiscalYear) {
		List<AnomalyReport.LiveBurst> list = new ArrayList<>();
		this.bursts.forEach((key, burst) -> {
			if (key.startsWith(fiscalYear + "/")) {
				list.add(burst);
			}
		});
		list.sort(Comparator.comparing(AnomalyReport.LiveBurst::day)
			.reversed()
			.thenComparing(AnomalyReport.LiveBurst::agencyCode));
		return list;
	}

	private record Counter(long window, int count) {
	}

}
