package th.ita.scoring.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import th.ita.framework.FrameworkDefinition;

/**
 * A value derived from a framework definition, remembered per definition instance (a
 * round recompute scores thousands of agencies against one parsed, immutable framework).
 * Holds at most 64 instances, then starts over.
 */
final class PerFramework<T> {

	private record Last<T>(FrameworkDefinition framework, T value) {
	}

	private final Map<FrameworkDefinition, T> values = new IdentityHashMap<>();

	/** The last one asked for: read without a lock. */
	private volatile @Nullable Last<T> last;

	T get(FrameworkDefinition framework, Function<FrameworkDefinition, T> derive) {
		Last<T> recent = this.last;
		if (recent != null && recent.framework() == framework) {
			return recent.value();
		}
		T value = derived(framework, derive);
		this.last = new Last<>(framework, value);
		return value;
	}

	private synchronized T derived(FrameworkDefinition framework, Function<FrameworkDefinition, T> derive) {
		T known = this.values.get(framework);
		if (known == null) {
			if (this.values.size() >= 64) {
				this.values.clear();
			}
			known = derive.apply(framework);
			this.values.put(framework, known);
		}
		return known;
	}

}
