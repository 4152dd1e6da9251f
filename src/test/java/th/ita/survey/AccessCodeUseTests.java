package th.ita.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import th.ita.shared.ConflictException;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Using codes: single use under a race, 409/422, and the guessing limit (429). */
class AccessCodeUseTests extends SurveyTestSupport {

	@Test
	void twoSimultaneousUsesOfOneCodeGiveOneSuccessAndOneConflict() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				String code = generate("S4001", SurveyInstrument.IIT, 1).codes().get(0);
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<String>> results = new ArrayList<>();
				for (int t = 0; t < 2; t++) {
					results.add(pool.submit(() -> {
						TransactionTemplate transaction = new TransactionTemplate(this.transactions);
						try {
							transaction.executeWithoutResult(status -> {
								await(start);
								this.codes.consume(YEAR, "S4001", SurveyInstrument.IIT, code);
							});
							return "ok";
						}
						catch (ConflictException ex) {
							return "409 " + ex.field();
						}
					}));
				}
				List<String> outcomes = new ArrayList<>();
				for (Future<String> result : results) {
					outcomes.add(result.get(30, TimeUnit.SECONDS));
				}
				assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("ok", "409 accessCode");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aCodeIsUsedOnlyInTheCallersTransaction() {
		String code = generate("S4001", SurveyInstrument.IIT, 1).codes().get(0);
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.codes.consume(YEAR, "S4001", SurveyInstrument.IIT, code));
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult(status -> {
			this.codes.consume(YEAR, "S4001", SurveyInstrument.IIT, code);
			status.setRollbackOnly();
		});
		// Rolled back: the code is still unused.
		transaction.executeWithoutResult(status -> this.codes.consume(YEAR, "S4001", SurveyInstrument.IIT,
				code.toLowerCase().replace("-", " ")));
	}

	@Test
	void usedCodeIs409AndUnknownCodeIs422WithoutSayingWhetherItExistsElsewhere() throws Exception {
		String code = generate("S4001", SurveyInstrument.IIT, 1).codes().get(0);
		String elsewhere = generate("4001", SurveyInstrument.IIT, 1).codes().get(0);
		RequestPostProcessor client = newClient();
		respond("S4001", code, client).andExpect(status().isCreated());
		respond("S4001", code, client).andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.field").value("accessCode"));
		String unknown = respond("S4001", "2345-6789-ABCD", client).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("accessCode"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String otherAgency = respond("S4001", elsewhere, client).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("accessCode"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(otherAgency).isEqualTo(unknown);
		respond("S4001", "not a code", client).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("accessCode"));
		// The code of another agency was not used by the attempt.
		respond("4001", elsewhere, client).andExpect(status().isCreated());
	}

	@Test
	void guessingIsLimitedPerClientWith429AndRetryAfter() throws Exception {
		RequestPostProcessor guesser = newClient();
		for (int i = 0; i < 10; i++) {
			respond("S4001", "2345-6789-ABC" + "DEFGHJKMNP".charAt(i), guesser)
				.andExpect(status().isUnprocessableContent());
		}
		String code = generate("S4001", SurveyInstrument.IIT, 1).codes().get(0);
		respond("S4001", code, guesser).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.retryAfter").isNumber());
		// Another client is not affected, and the blocked attempt did not use the code.
		respond("S4001", code, newClient()).andExpect(status().isCreated());
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
