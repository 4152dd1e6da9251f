package th.ita.assessment.domain;

import java.time.Clock;

import th.ita.shared.ThaiDates;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that decides which windows are open: Bangkok time unless one is defined. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfig {

	@Bean
	@ConditionalOnMissingBean(Clock.class)
	Clock clock() {
		return Clock.system(ThaiDates.BANGKOK);
	}

}
