package th.ita.survey.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this JVM during a load phase, split by thread kind (Tomcat request threads,
 * the load tool's clients, the survey writers, the rest of the Java threads, and what no
 * Java thread accounts for: JIT compiler and GC). Two snapshots of every live thread's
 * CPU time; the clients report their own when they end; other threads that ended in
 * between are counted in "JIT, GC, ended".
 */
final class CpuSplit {

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final Map<Long, Long> startByThread = new HashMap<>();

	private long startProcess;

	private long startWall;

	void start() {
		this.startProcess = processCpu();
		this.startWall = System.nanoTime();
		for (long id : this.threads.getAllThreadIds()) {
			this.startByThread.put(id, Math.max(0, this.threads.getThreadCpuTime(id)));
		}
	}

	/**
	 * One line: each kind's share of the process CPU time and the cores used.
	 * @param clientNanos the CPU time of the client threads, which have ended by now
	 */
	String end(long clientNanos) {
		long process = processCpu() - this.startProcess;
		double wall = (System.nanoTime() - this.startWall) / 1e9;
		Map<String, Long> byKind = new LinkedHashMap<>();
		for (String kind : new String[] { "Tomcat", "clients", "writers", "other Java" }) {
			byKind.put(kind, 0L);
		}
		long javaThreads = 0;
		for (long id : this.threads.getAllThreadIds()) {
			ThreadInfo info = this.threads.getThreadInfo(id);
			long cpu = this.threads.getThreadCpuTime(id);
			if (info == null || cpu < 0) {
				continue;
			}
			long used = cpu - this.startByThread.getOrDefault(id, 0L);
			javaThreads += used;
			byKind.merge(kind(info.getThreadName()), used, Long::sum);
		}
		byKind.merge("clients", clientNanos, Long::sum);
		javaThreads += clientNanos;
		byKind.put("JIT, GC, ended", Math.max(0, process - javaThreads));
		StringBuilder out = new StringBuilder(
				String.format("process CPU %.1f s in %.1f s (%.2f cores):", process / 1e9, wall, process / 1e9 / wall));
		byKind.forEach((kind, nanos) -> out
			.append(String.format(" %s %.0f%%", kind, (process > 0) ? 100.0 * nanos / process : 0)));
		return out.toString();
	}

	private static String kind(String name) {
		if (name.startsWith("http-nio")) {
			return "Tomcat";
		}
		if (name.startsWith("load-client")) {
			return "clients";
		}
		if (name.startsWith("survey-writer")) {
			return "writers";
		}
		return "other Java";
	}

	private static long processCpu() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

}
