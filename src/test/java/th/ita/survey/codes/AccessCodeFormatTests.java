package th.ita.survey.codes;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Code format: entropy, alphabet without look-alikes, grouping and normalisation. */
class AccessCodeFormatTests {

	@Test
	void atLeastFiftyBitsOfRandomness() {
		double bitsPerChar = Math.log(AccessCodeFormat.ALPHABET.length()) / Math.log(2);
		assertThat(AccessCodeFormat.LENGTH * bitsPerChar).isGreaterThanOrEqualTo(50);
		assertThat(AccessCodeFormat.entropyBits()).isGreaterThanOrEqualTo(50);
		assertThat(AccessCodeFormat.ALPHABET).hasSize(AccessCodeFormat.ALPHABET_SIZE);
		assertThat(AccessCodeFormat.ALPHABET.chars().distinct().count()).isEqualTo(AccessCodeFormat.ALPHABET_SIZE);
	}

	@Test
	void noLookAlikeCharacters() {
		for (char c : "0O1IL U".replace(" ", "").toCharArray()) {
			assertThat(AccessCodeFormat.ALPHABET).doesNotContain(String.valueOf(c));
		}
		SecureRandom random = new SecureRandom();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			String code = AccessCodeFormat.generate(random);
			assertThat(code).hasSize(AccessCodeFormat.LENGTH).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{12}");
			seen.add(code);
		}
		assertThat(seen).as("no repeats in 20,000 codes").hasSize(20_000);
	}

	@Test
	void displayedInGroupsOfFour() {
		assertThat(AccessCodeFormat.display("K7QM3XPA9RTC")).isEqualTo("K7QM-3XPA-9RTC");
		assertThat(AccessCodeFormat.display(AccessCodeFormat.generate(new SecureRandom())))
			.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
	}

	@Test
	void inputIsCaseInsensitiveAndIgnoresSpacesAndDashes() {
		assertThat(AccessCodeFormat.normalize("K7QM-3XPA-9RTC")).isEqualTo("K7QM3XPA9RTC");
		assertThat(AccessCodeFormat.normalize(" k7qm 3xpa 9rtc ")).isEqualTo("K7QM3XPA9RTC");
		assertThat(AccessCodeFormat.normalize("k7qm–3xpa—9rtc")).isEqualTo("K7QM3XPA9RTC");
		assertThat(AccessCodeFormat.normalize("Ｋ７ＱＭ３ＸＰＡ９ＲＴＣ")).as("full-width").isEqualTo("K7QM3XPA9RTC");
		assertThat(AccessCodeFormat.normalize("K7QM-3XPA-9RT")).as("too short").isNull();
		assertThat(AccessCodeFormat.normalize("K7QM-3XPA-9RTCX")).as("too long").isNull();
		assertThat(AccessCodeFormat.normalize("K7QM-3XPA-9RT0")).as("outside the alphabet").isNull();
		assertThat(AccessCodeFormat.normalize("รหัส")).isNull();
		assertThat(AccessCodeFormat.normalize(null)).isNull();
		assertThat(AccessCodeFormat.normalize("")).isNull();
	}

}
