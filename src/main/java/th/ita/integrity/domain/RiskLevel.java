package th.ita.integrity.domain;

/**
 * The level of a risk from the 5×5 matrix: score = likelihood × impact; 1-4 LOW, 5-9
 * MEDIUM, 10-16 HIGH, 17-25 VERY_HIGH. The ITA framework states no matrix of its own;
 * this is the common Thai public-sector one (ต่ำ, ปานกลาง, สูง, สูงมาก).
 */
public enum RiskLevel {

	LOW, MEDIUM, HIGH, VERY_HIGH;

	/**
	 * @param likelihood 1-5
	 * @param impact 1-5
	 * @throws IllegalArgumentException outside 1-5
	 */
	public static RiskLevel of(int likelihood, int impact) {
		if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
			throw new IllegalArgumentException("likelihood and impact must be 1-5");
		}
		int score = likelihood * impact;
		if (score <= 4) {
			return LOW;
		}
		if (score <= 9) {
			return MEDIUM;
		}
		return (score <= 16) ? HIGH : VERY_HIGH;
	}

}
