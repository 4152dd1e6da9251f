package th.ita.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Buddhist era and Thai fiscal years (1 October to 30 September). */
class ThaiDatesTests {

	static final Locale TH = Locale.forLanguageTag("th");

	@Test
	void buddhistYearIsGregorianPlus543() {
		assertThat(ThaiDates.buddhistYear(2026)).isEqualTo(2569);
		assertThat(ThaiDates.buddhistYear(2024)).isEqualTo(2567);
	}

	@Test
	void thirtySeptemberClosesTheFiscalYearAndFirstOctoberOpensTheNext() {
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2023, 9, 30))).isEqualTo(2566);
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2023, 10, 1))).isEqualTo(2567);
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2024, 9, 30))).isEqualTo(2567);
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2024, 10, 1))).isEqualTo(2568);
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2024, 1, 1))).isEqualTo(2567);
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2023, 12, 31))).isEqualTo(2567);
	}

	@Test
	void fiscalYearStartAndEnd() {
		assertThat(ThaiDates.fiscalYearStart(2567)).isEqualTo(LocalDate.of(2023, 10, 1));
		assertThat(ThaiDates.fiscalYearEnd(2567)).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(ThaiDates.fiscalYear(ThaiDates.fiscalYearStart(2570))).isEqualTo(2570);
		assertThat(ThaiDates.fiscalYear(ThaiDates.fiscalYearEnd(2570))).isEqualTo(2570);
		assertThat(ThaiDates.fiscalYear(ThaiDates.fiscalYearEnd(2570).plusDays(1))).isEqualTo(2571);
	}

	@Test
	void leapDay() {
		assertThat(ThaiDates.formatLong(LocalDate.of(2024, 2, 29), TH)).isEqualTo("29 กุมภาพันธ์ 2567");
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2024, 2, 29))).isEqualTo(2567);
	}

	@Test
	void formatsInThaiAsOfficialDocumentsDo() {
		assertThat(ThaiDates.formatLong(LocalDate.of(2026, 11, 23), TH)).isEqualTo("23 พฤศจิกายน 2569");
		assertThat(ThaiDates.formatShort(LocalDate.of(2026, 11, 23), TH)).isEqualTo("23 พ.ย. 2569");
		assertThat(ThaiDates.formatLong(LocalDate.of(2024, 9, 30), TH)).isEqualTo("30 กันยายน 2567");
		assertThat(ThaiDates.formatShort(LocalDate.of(2023, 10, 1), TH)).isEqualTo("1 ต.ค. 2566");
		assertThat(ThaiDates.formatLong(LocalDate.of(2026, 1, 1), TH)).doesNotContain("เดือน");
	}

	@Test
	void formatsInEnglishWithTheBuddhistYear() {
		assertThat(ThaiDates.formatShort(LocalDate.of(2026, 11, 23), Locale.ENGLISH)).isEqualTo("23 Nov 2569 BE");
		assertThat(ThaiDates.formatLong(LocalDate.of(2024, 9, 30), Locale.ENGLISH)).isEqualTo("30 September 2567 BE");
	}

	@Test
	void dateTimesAreShownInBangkokTime() {
		// 30 Sep 2024 17:30 UTC is already 1 Oct 2024 00:30 in Bangkok: the next fiscal
		// year
		Instant instant = Instant.parse("2024-09-30T17:30:00Z");
		assertThat(ThaiDates.formatDateTime(instant, TH)).isEqualTo("1 ต.ค. 2567 00:30");
		assertThat(ThaiDates.formatDateTime(OffsetDateTime.of(2024, 9, 30, 17, 30, 0, 0, ZoneOffset.UTC), TH))
			.isEqualTo("1 ต.ค. 2567 00:30");
		assertThat(ThaiDates.formatDateTime(LocalDateTime.of(2026, 11, 23, 18, 5), Locale.ENGLISH))
			.isEqualTo("23 Nov 2569 BE 18:05");
	}

}
