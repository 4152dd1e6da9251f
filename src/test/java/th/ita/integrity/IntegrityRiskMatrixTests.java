package th.ita.integrity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.ita.integrity.domain.RiskLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The 5×5 matrix: score = likelihood × impact; 1-4 low, 5-9 medium, 10-16 high, 17-25
 * very high.
 */
class IntegrityRiskMatrixTests {

	@ParameterizedTest(name = "L{0} × I{1} = {2}")
	@CsvSource({ "1,1,LOW", "1,4,LOW", "4,1,LOW", "2,2,LOW", "1,5,MEDIUM", "5,1,MEDIUM", "2,3,MEDIUM", "3,3,MEDIUM",
			"2,4,MEDIUM", "2,5,HIGH", "5,2,HIGH", "3,4,HIGH", "4,4,HIGH", "3,5,HIGH", "5,3,HIGH", "4,5,VERY_HIGH",
			"5,4,VERY_HIGH", "5,5,VERY_HIGH" })
	void levelOfEachCell(int likelihood, int impact, RiskLevel level) {
		assertThat(RiskLevel.of(likelihood, impact)).isEqualTo(level);
	}

	@ParameterizedTest
	@CsvSource({ "0,3", "6,3", "3,0", "3,6" })
	void outsideTheMatrixIsRefused(int likelihood, int impact) {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskLevel.of(likelihood, impact));
	}

}
