package th.ita.agency.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencySummary;
import th.ita.agency.AgencyType;
import th.ita.agency.Region;

import static th.ita.agency.domain.AgencyFields.CODE;
import static th.ita.agency.domain.AgencyFields.NAME_EN;
import static th.ita.agency.domain.AgencyFields.NAME_TH;
import static th.ita.agency.domain.AgencyFields.PARENT_CODE;
import static th.ita.agency.domain.AgencyFields.PROVINCE_TH;
import static th.ita.agency.domain.AgencyFields.REGION;
import static th.ita.agency.domain.AgencyFields.SHORT_TH;
import static th.ita.agency.domain.AgencyFields.STAFF_COUNT;
import static th.ita.agency.domain.AgencyFields.TYPE;

/**
 * Checks one agency given as text (a CSV row or an edit form) and turns it into an
 * {@link AgencySummary}. Whether the parent exists is checked by the caller.
 */
final class AgencyValidation {

	static final Pattern CODE_FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,20}");

	static final int MAX_STAFF = 10_000_000;

	private AgencyValidation() {
	}

	/** The agency, or {@code null} after adding at least one error for this line. */
	static @Nullable AgencySummary validate(int line, AgencyFields f, List<ImportError> errors) {
		int before = errors.size();
		String code = required(line, CODE, f.code(), 20, errors);
		if (code != null && !CODE_FORMAT.matcher(code).matches()) {
			errors.add(new ImportError(line, CODE, "invalid-code", code));
		}
		String nameTh = required(line, NAME_TH, f.nameTh(), 300, errors);
		String shortTh = optional(line, SHORT_TH, f.shortTh(), 200, errors);
		String nameEn = optional(line, NAME_EN, f.nameEn(), 300, errors);
		AgencyType type = null;
		String typeText = required(line, TYPE, f.type(), 40, errors);
		if (typeText != null) {
			type = AgencyType.parse(typeText).orElse(null);
			if (type == null) {
				errors.add(new ImportError(line, TYPE, "unknown-type", typeText, names(AgencyType.values())));
			}
		}
		String province = required(line, PROVINCE_TH, f.provinceTh(), 100, errors);
		Region region = null;
		String regionText = required(line, REGION, f.region(), 40, errors);
		if (regionText != null) {
			region = Region.parse(regionText).orElse(null);
			if (region == null) {
				errors.add(new ImportError(line, REGION, "unknown-region", regionText, names(Region.values())));
			}
		}
		String parent = optional(line, PARENT_CODE, f.parentCode(), 20, errors);
		if (parent != null && parent.equals(code)) {
			errors.add(new ImportError(line, PARENT_CODE, "parent-self", parent));
		}
		Integer staff = staffCount(line, f.staffCount(), errors);
		if (errors.size() > before || code == null || nameTh == null || type == null || province == null
				|| region == null) {
			return null;
		}
		return new AgencySummary(code, nameTh, nameEn, shortTh, type, province, region, parent, staff);
	}

	private static @Nullable Integer staffCount(int line, @Nullable String text, List<ImportError> errors) {
		String value = trimToNull(text);
		if (value == null) {
			return null;
		}
		try {
			int staff = Integer.parseInt(value);
			if (staff >= 0 && staff <= MAX_STAFF) {
				return staff;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(new ImportError(line, STAFF_COUNT, "invalid-staff-count", value));
		return null;
	}

	private static @Nullable String required(int line, String column, @Nullable String text, int max,
			List<ImportError> errors) {
		String value = trimToNull(text);
		if (value == null) {
			errors.add(new ImportError(line, column, "required"));
			return null;
		}
		return checkLength(line, column, value, max, errors);
	}

	private static @Nullable String optional(int line, String column, @Nullable String text, int max,
			List<ImportError> errors) {
		String value = trimToNull(text);
		return (value != null) ? checkLength(line, column, value, max, errors) : null;
	}

	private static @Nullable String checkLength(int line, String column, String value, int max,
			List<ImportError> errors) {
		if (value.length() > max) {
			errors.add(new ImportError(line, column, "too-long", String.valueOf(max)));
			return null;
		}
		return value;
	}

	static @Nullable String trimToNull(@Nullable String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}

	private static String names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
	}

}
