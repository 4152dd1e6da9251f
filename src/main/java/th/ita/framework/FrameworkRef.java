package th.ita.framework;

/**
 * A pinned framework version, e.g. {@code ITA-ESA-2567} version 1. Rounds, scores and
 * results always refer to one of these, never to "the current" framework.
 */
public record FrameworkRef(String code, int version) {

	@Override
	public String toString() {
		return this.code + " v" + this.version;
	}

}
