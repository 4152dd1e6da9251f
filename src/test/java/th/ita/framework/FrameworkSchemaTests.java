package th.ita.framework;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import th.ita.framework.domain.FrameworkYaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped default, its export and the test file validate against the JSON Schema. */
class FrameworkSchemaTests {

	static final YAMLMapper YAML = new YAMLMapper();

	static Schema schema() throws Exception {
		try (InputStream in = new ClassPathResource("framework/framework.schema.json").getInputStream()) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
	}

	static JsonNode yaml(String text) {
		return YAML.readTree(text);
	}

	@Test
	void defaultFrameworkValidates() throws Exception {
		String text = new String(FrameworkDefinitionTests.defaultYaml(), StandardCharsets.UTF_8);
		assertThat(schema().validate(yaml(text))).isEmpty();
	}

	@Test
	void exportedYamlAndTestFileValidate() throws Exception {
		assertThat(schema().validate(yaml(FrameworkYaml.toYaml(FrameworkDefinitionTests.DEFAULT)))).isEmpty();
		assertThat(schema().validate(yaml(FrameworkTestSupport.mini("T-SCHEMA")))).isEmpty();
	}

	@Test
	void schemaRejectsAnUnknownInstrumentAndProperty() throws Exception {
		String bad = FrameworkTestSupport.mini("T-SCHEMA")
			.replace("instrument: OIT\n  nameTh: ตัวชี้วัดสอง", "instrument: XIT\n  nameTh: ตัวชี้วัดสอง")
			.replace("passMark: 85", "passMark: 85\ncolour: red");
		List<Error> errors = schema().validate(yaml(bad));
		assertThat(errors).extracting(Error::toString)
			.anyMatch(e -> e.contains("indicators/1/instrument"))
			.anyMatch(e -> e.contains("colour"));
	}

}
