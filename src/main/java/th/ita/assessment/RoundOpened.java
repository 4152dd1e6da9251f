package th.ita.assessment;

import th.ita.framework.FrameworkRef;

/**
 * A round was created (its framework version is pinned from now on).
 *
 * @param fiscalYear the B.E. fiscal year
 * @param programme e.g. {@code OBEC-ESA}
 * @param framework the pinned framework version
 */
public record RoundOpened(int fiscalYear, String programme, FrameworkRef framework) {
}
