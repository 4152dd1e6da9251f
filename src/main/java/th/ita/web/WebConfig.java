package th.ita.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the web support module that are not controllers or advice. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
class WebConfig {

	/** {@code #thaidates} in every template, error pages included. */
	@Bean
	ThaiDatesDialect thaiDatesDialect() {
		return new ThaiDatesDialect();
	}

}
