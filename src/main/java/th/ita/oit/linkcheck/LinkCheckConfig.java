package th.ita.oit.linkcheck;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the link checker and its background pool from {@code ita.oit.link-check.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkCheckProperties.class)
class LinkCheckConfig {

	@Bean
	LinkChecker linkChecker(LinkCheckProperties properties) {
		return new LinkChecker(properties);
	}

	@Bean(destroyMethod = "close")
	LinkCheckQueue linkCheckQueue(LinkCheckProperties properties) {
		return new LinkCheckQueue(properties.threads(), properties.queueCapacity());
	}

}
