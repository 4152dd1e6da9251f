package th.ita.audit;

import org.jspecify.annotations.Nullable;

/**
 * Result of recomputing the audit chain.
 *
 * @param valid true when every entry's hash and link hold
 * @param entries how many entries were checked
 * @param firstBrokenId the first entry whose hash or link does not hold, or {@code null}
 * @param reason why that entry is broken ({@code hash}: its content changed;
 * {@code link}: the entry before it was changed or removed)
 */
public record ChainVerification(boolean valid, long entries, @Nullable Long firstBrokenId, @Nullable String reason) {
}
