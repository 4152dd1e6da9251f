package th.ita.shared.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds of this JVM's threads by kind (GC, JIT compiler, the rest by name without
 * numbers), from {@code /proc/self/task}: what a benchmark's CPU went to, the garbage
 * collector's and compiler's native threads included. Linux only; empty elsewhere.
 * Threads that ended are not counted.
 */
public final class ThreadCpu {

	private ThreadCpu() {
	}

	/** CPU seconds per thread kind so far. */
	public static Map<String, Double> now() {
		Map<String, Double> out = new TreeMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			tasks.forEach(task -> {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
					out.merge(kind(name), seconds, Double::sum);
				}
				catch (Exception ex) {
					// the thread ended meanwhile
				}
			});
		}
		catch (Exception ex) {
			return Map.of();
		}
		return out;
	}

	/** What went to each kind between two readings, largest first, as one line. */
	public static String since(Map<String, Double> before) {
		Map<String, Double> after = now();
		StringBuilder line = new StringBuilder();
		after.entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
			.filter(e -> e.getValue() >= 0.05)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach(e -> line.append(line.isEmpty() ? "" : ", ")
				.append(String.format("%s %.1f s", e.getKey(), e.getValue())));
		return line.toString();
	}

	private static String kind(String name) {
		if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
			return "GC";
		}
		if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
			return "JIT";
		}
		return name.replaceAll("[0-9]+", "N");
	}

}
