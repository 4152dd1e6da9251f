package th.ita.survey.codes;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code survey_secret}: secrets that every node must share. */
@Repository
class SurveySecretRows {

	private final JdbcClient jdbc;

	SurveySecretRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<byte[]> find(String name) {
		return this.jdbc.sql("select secret from survey_secret where name = :name")
			.param("name", name)
			.query(byte[].class)
			.optional();
	}

	/** Stores the secret unless one with this name exists (another node was first). */
	void insertIfAbsent(String name, byte[] secret) {
		this.jdbc.sql("insert into survey_secret (name, secret) values (:name, :secret) on conflict (name) do nothing")
			.param("name", name)
			.param("secret", secret)
			.update();
	}

}
