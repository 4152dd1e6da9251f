package th.ita.framework;

import java.time.Instant;

/**
 * One framework version as lists show it.
 *
 * @param ref code and version
 * @param programme e.g. {@code OBEC-ESA}, {@code NACC}
 * @param fiscalYear the B.E. fiscal year it was written for
 * @param nameTh Thai name
 * @param nameEn English name
 * @param pinned true once a round uses it: it can never change again
 * @param importedAt when this version was stored
 */
public record FrameworkSummary(FrameworkRef ref, String programme, int fiscalYear, String nameTh, String nameEn,
		boolean pinned, Instant importedAt) {
}
