package th.ita.survey.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The baseline: single-row INSERT + COMMIT (autocommit) through plain JDBC, one
 * connection per client thread, into a table shaped like {@code survey_response}, for a
 * fixed time.
 */
final class JdbcBaseline {

	private JdbcBaseline() {
	}

	static LoadStats run(String url, String user, int clients, int seconds, String answersJson) throws Exception {
		try (Connection admin = DriverManager.getConnection(url, user, "")) {
			try (Statement s = admin.createStatement()) {
				s.execute("drop table if exists load_baseline");
				s.execute("create table load_baseline (id uuid primary key, fiscal_year smallint not null, "
						+ "agency_code varchar(20) not null, instrument varchar(3) not null, "
						+ "respondent_group varchar(40) not null, answers jsonb not null, submitted_on date not null)");
			}
		}
		List<Connection> connections = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			connections.add(DriverManager.getConnection(url, user, ""));
		}
		LoadStats stats = new LoadStats(5_000_000);
		AtomicBoolean measuring = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		CountDownLatch done = new CountDownLatch(clients);
		for (Connection connection : connections) {
			new Thread(() -> {
				try (PreparedStatement insert = connection.prepareStatement("insert into load_baseline "
						+ "values (?, 2568, 'S4001', 'IIT', 'STAFF', cast(? as jsonb), current_date)")) {
					while (!stop.get()) {
						long t0 = System.nanoTime();
						insert.setObject(1, UUID.randomUUID());
						insert.setString(2, answersJson);
						insert.executeUpdate();
						if (measuring.get()) {
							stats.record(System.nanoTime() - t0, true, "");
						}
					}
				}
				catch (Exception ex) {
					stats.record(0, false, ex.getClass().getSimpleName());
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		Thread.sleep(2_000);
		measuring.set(true);
		stats.start();
		Thread.sleep(seconds * 1_000L);
		measuring.set(false);
		stats.end();
		stop.set(true);
		done.await();
		for (Connection connection : connections) {
			connection.close();
		}
		return stats;
	}

}
