package th.ita.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import th.ita.shared.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code #thaidates} in templates. */
class ThaiDatesExpressionTests {

	static final Locale TH = Locale.forLanguageTag("th");

	@Test
	void formatsInTheLocaleOfThePage() {
		LocalDate date = LocalDate.of(2024, 10, 1);
		assertThat(new ThaiDatesExpression(TH).longDate(date)).isEqualTo("1 ตุลาคม 2567");
		assertThat(new ThaiDatesExpression(Locale.ENGLISH).longDate(date)).isEqualTo("1 October 2567 BE");
		assertThat(new ThaiDatesExpression(TH).fiscalYearLabel(date)).isEqualTo("ปีงบประมาณ พ.ศ. 2568");
		assertThat(new ThaiDatesExpression(Locale.ENGLISH).fiscalYearLabel(LocalDate.of(2024, 9, 30)))
			.isEqualTo("Fiscal year 2567 BE");
	}

	@Test
	void nullsRenderAsNothing() {
		ThaiDatesExpression dates = new ThaiDatesExpression(TH);
		assertThat(dates.longDate(null)).isEmpty();
		assertThat(dates.shortDate(null)).isEmpty();
		assertThat(dates.dateTime(null)).isEmpty();
		assertThat(dates.fiscalYear(null)).isNull();
		assertThat(dates.fiscalYearLabel(null)).isEmpty();
	}

	@Test
	void todayIsABangkokDate() {
		// 17:30 UTC on 30 September is 00:30 on 1 October in Bangkok
		Clock clock = Clock.fixed(Instant.parse("2024-09-30T17:30:00Z"), ThaiDates.BANGKOK);
		ThaiDatesExpression dates = new ThaiDatesExpression(TH, clock);
		assertThat(dates.today()).isEqualTo(LocalDate.of(2024, 10, 1));
		assertThat(dates.currentFiscalYear()).isEqualTo(2568);
	}

}
