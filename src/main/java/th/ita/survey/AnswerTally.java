package th.ita.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.ita.framework.AnswerOption;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.Instrument;
import th.ita.framework.Item;

/**
 * How many of an agency's counted responses (not excluded) gave each leaf item of an
 * instrument each option value of its scale, in a round: the raw survey input of scoring,
 * which applies the scales itself. Compact, so that a whole round of tens of thousands of
 * agencies fits in a small heap: one {@code int} per (item, option) slot of a
 * {@link Layout} that all agencies of the round and instrument share. Counts only:
 * nothing per response.
 *
 * @param agencyCode the agency
 * @param respondents the counted responses of the instrument
 * @param layout the slots, shared by the round's tallies of the instrument
 * @param counts per slot, how many gave that item that value
 */
public record AnswerTally(String agencyCode, long respondents, Layout layout, int[] counts) {

	public AnswerTally {
		if (counts.length != layout.values().length) {
			throw new IllegalArgumentException("Tally of " + agencyCode + " does not fit its layout");
		}
	}

	/**
	 * The slots of a framework version's instrument: its leaf items in framework order
	 * and, per item, the option values of its scale. Item {@code i}'s slots are
	 * {@code offsets[i]} to {@code offsets[i + 1] - 1}.
	 *
	 * @param instrument IIT or EIT
	 * @param items the leaf item codes
	 * @param offsets the first slot of each item, and the number of slots at the end
	 * @param values the option value of each slot
	 */
	public record Layout(Instrument instrument, List<String> items, int[] offsets, int[] values) {

		/**
		 * The layout of an instrument's leaf items; items without a known scale get no
		 * slot.
		 */
		public static Layout of(FrameworkDefinition framework, Instrument instrument) {
			List<Item> leaves = framework.leafItems(instrument);
			int[] offsets = new int[leaves.size() + 1];
			List<Integer> values = new java.util.ArrayList<>();
			for (int i = 0; i < leaves.size(); i++) {
				offsets[i] = values.size();
				framework.scale(leaves.get(i).scale())
					.ifPresent(scale -> scale.options().stream().map(AnswerOption::value).forEach(values::add));
			}
			offsets[leaves.size()] = values.size();
			return new Layout(instrument, leaves.stream().map(leaf -> String.valueOf(leaf.code())).toList(), offsets,
					values.stream().mapToInt(Integer::intValue).toArray());
		}

		/** The item of each slot's index, and each slot by item code and value. */
		public Map<String, Map<Integer, Integer>> slots() {
			Map<String, Map<Integer, Integer>> out = new HashMap<>();
			for (int i = 0; i < this.items.size(); i++) {
				Map<Integer, Integer> byValue = new HashMap<>();
				for (int s = this.offsets[i]; s < this.offsets[i + 1]; s++) {
					byValue.put(this.values[s], s);
				}
				out.putIfAbsent(this.items.get(i), byValue);
			}
			return out;
		}

	}

	/** The valid answers of item {@code i} of the layout (those with a scale's value). */
	public long validAnswers(int i) {
		long n = 0;
		for (int s = this.layout.offsets()[i]; s < this.layout.offsets()[i + 1]; s++) {
			n += this.counts[s];
		}
		return n;
	}

}
