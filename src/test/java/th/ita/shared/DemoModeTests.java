package th.ita.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeTests {

	@ParameterizedTest(name = "db url ''{0}'', ITA_DEMO ''{1}'' -> {2}")
	@CsvSource(textBlock = """
			'',                             '',      true
			'',                             'false', false
			'jdbc:postgresql://db:5432/ita', '',      false
			'jdbc:postgresql://db:5432/ita', 'true',  true
			'jdbc:postgresql://db:5432/ita', 'false', false
			""")
	void demoDataOnlyWithTheEmbeddedDatabaseOrWhenAskedFor(String url, String demo, boolean expected) {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url)
			.withProperty("ita.demo", demo);
		assertThat(new DemoMode(environment).enabled()).isEqualTo(expected);
	}

}
