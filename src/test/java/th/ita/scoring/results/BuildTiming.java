package th.ita.scoring.results;

import java.util.List;

import th.ita.scoring.AgencyResult;
import th.ita.scoring.ScoreResults;

import org.springframework.context.ApplicationContext;

/**
 * The steps of building a results answer timed one by one on one thread (the scoring
 * benchmark's {@code -Dload.buildTiming=N}): reading the snapshot, serializing the answer
 * and compressing it, in three passes over agencies not read before (none cached).
 */
public final class BuildTiming {

	private BuildTiming() {
	}

	public static void print(ApplicationContext context, int fiscalYear, List<String> agencies) {
		ScoreResults results = context.getBean(ScoreResults.class);
		ResultsBodies bodies = context.getBean(ResultsBodies.class);
		int n = agencies.size() / 3;
		for (int pass = 0; pass < 3; pass++) {
			long read = 0;
			long json = 0;
			long zip = 0;
			long bytes = 0;
			for (String code : agencies.subList(pass * n, (pass + 1) * n)) {
				long t0 = System.nanoTime();
				AgencyResult result = results.agency(fiscalYear, code).orElseThrow();
				long t1 = System.nanoTime();
				byte[] body = bodies.body(result);
				long t2 = System.nanoTime();
				byte[] gzip = Gzip.compress(body);
				long t3 = System.nanoTime();
				read += t1 - t0;
				json += t2 - t1;
				zip += t3 - t2;
				bytes += body.length + gzip.length;
			}
			System.out.printf(
					"Building an answer, one thread, %d agencies (pass %d): read %.0f µs, JSON %.0f µs, GZIP %.0f µs (%d bytes)%n",
					n, pass + 1, read / 1e3 / n, json / 1e3 / n, zip / 1e3 / n, bytes / n);
		}
	}

}
