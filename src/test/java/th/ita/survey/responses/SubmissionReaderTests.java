package th.ita.survey.responses;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's token-by-token path gives what the JSON tree gives: the same submission,
 * or it leaves the body to the tree, which names the problem.
 */
class SubmissionReaderTests {

	final SubmissionReader reader = new SubmissionReader(JsonMapper.builder().build(), new StaticMessageSource());

	@Test
	void commonBodiesAreReadWithoutTheTreeAndEqualIt() {
		for (String body : List.of("{\"accessCode\":\"2345-6789-ABCD\",\"answers\":{\"i1.1\":4,\"i1.2\":-3}}",
				"{\"respondentGroup\":\"CITIZEN\",\"formToken\":\"t\",\"answers\":{}}",
				"{\"accessCode\":null,\"answers\":null,\"other\":[1,{\"x\":2}],\"more\":\"x\"}", "{}",
				"  {\"answers\":{\"a\":2147483647}}  ")) {
			Submission plain = this.reader.readPlain(bytes(body));
			assertThat(plain).as(body).isNotNull();
			assertThat(plain).as(body).isEqualTo(this.reader.readTree(bytes(body)));
			assertThat(read(body)).as(body).isEqualTo(plain);
		}
	}

	@Test
	void everythingElseIsLeftToTheTree() {
		for (String body : List.of("", "not json", "[]", "\"x\"", "{\"accessCode\":5}", "{\"answers\":[]}",
				"{\"answers\":{\"a\":\"4\"}}", "{\"answers\":{\"a\":4.0}}", "{\"answers\":{\"a\":2147483648}}",
				"{\"answers\":{\"a\":1,\"a\":2}}", "{\"accessCode\":\"x\",\"accessCode\":\"y\"}", "{} {}",
				"{\"answers\":{\"a\":1}", "{\"answers\":{\"a\":true}}")) {
			assertThat(this.reader.readPlain(bytes(body))).as(body).isNull();
			assertThat(outcome(() -> read(body))).as(body).isEqualTo(outcome(() -> this.reader.readTree(bytes(body))));
		}
	}

	@Test
	void aWrongTypeNamesTheProperty() {
		assertThat(outcome(() -> read("{\"answers\":{\"i2.3\":\"x\"}}"))).isEqualTo("400 i2.3");
		assertThat(outcome(() -> read("{\"respondentGroup\":1}"))).isEqualTo("400 respondentGroup");
		assertThat(outcome(() -> read("nope"))).isEqualTo("400 null");
	}

	private Submission read(String body) {
		return this.reader.read(body.length(), new ByteArrayInputStream(bytes(body)));
	}

	private static String outcome(java.util.function.Supplier<Submission> read) {
		try {
			Submission submission = read.get();
			return submission.accessCode() + "|" + submission.respondentGroup() + "|" + submission.formToken() + "|"
					+ submission.answers();
		}
		catch (BadSubmissionException ex) {
			return ex.status() + " " + ex.field();
		}
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

}
