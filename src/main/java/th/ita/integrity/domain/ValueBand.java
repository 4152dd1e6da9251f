package th.ita.integrity.domain;

import java.math.BigDecimal;

/**
 * The value bands public pages show instead of amounts: none, up to 500 baht, up to 3,000
 * baht (the NACC limit for gifts on customary occasions), over 3,000 baht.
 */
public enum ValueBand {

	NONE, UP_TO_500, UP_TO_3000, OVER_3000;

	public static ValueBand of(BigDecimal value) {
		if (value.signum() == 0) {
			return NONE;
		}
		if (value.compareTo(BigDecimal.valueOf(500)) <= 0) {
			return UP_TO_500;
		}
		return (value.compareTo(BigDecimal.valueOf(3000)) <= 0) ? UP_TO_3000 : OVER_3000;
	}

}
