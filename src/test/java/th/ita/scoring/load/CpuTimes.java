package th.ita.scoring.load;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used by this JVM and by the embedded PostgreSQL (its postmaster's live
 * children plus those that ended), from {@code /proc}: on a shared, overloaded machine
 * they vary less than wall-clock times. Linux only; -1 elsewhere.
 */
final class CpuTimes {

	private static final double TICKS = 100.0;

	private final String dataDirectory;

	CpuTimes(String dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	/** CPU seconds of this JVM so far. */
	static double jvm() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}

	/** CPU seconds of the PostgreSQL server so far, or -1. */
	double postgres() {
		try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
			long postmaster = procs.filter(p -> p.getFileName().toString().matches("\\d+"))
				// the postmaster itself (this JVM's and Maven's command lines may name
				// the
				// data directory and postgres jars too)
				.filter(p -> cmdline(p).contains(this.dataDirectory) && cmdline(p).contains("bin/postgres "))
				.mapToLong(p -> Long.parseLong(p.getFileName().toString()))
				.min()
				.orElse(-1);
			if (postmaster < 0) {
				return -1;
			}
			String[] own = stat(Path.of("/proc", String.valueOf(postmaster)));
			long ticks = Long.parseLong(own[13]) + Long.parseLong(own[14]) + Long.parseLong(own[15])
					+ Long.parseLong(own[16]);
			try (Stream<Path> children = Files.list(Path.of("/proc"))) {
				ticks += children.filter(p -> p.getFileName().toString().matches("\\d+"))
					.map(CpuTimes::stat)
					.filter(s -> s.length > 16 && s[3].equals(String.valueOf(postmaster)))
					.mapToLong(s -> Long.parseLong(s[13]) + Long.parseLong(s[14]))
					.sum();
			}
			return ticks / TICKS;
		}
		catch (Exception ex) {
			return -1;
		}
	}

	private static String cmdline(Path proc) {
		try {
			return Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
		}
		catch (Exception ex) {
			return "";
		}
	}

	/** The fields of /proc/pid/stat after the command name (index 2 is the state). */
	private static String[] stat(Path proc) {
		try {
			String text = Files.readString(proc.resolve("stat"));
			String rest = text.substring(text.lastIndexOf(')') + 2);
			String[] fields = rest.split(" ");
			String[] out = new String[fields.length + 2];
			System.arraycopy(fields, 0, out, 2, fields.length);
			return out;
		}
		catch (Exception ex) {
			return new String[0];
		}
	}

}
