package th.ita.framework;

/**
 * The whole tree of one framework version, as the YAML defines it (identity, grade bands,
 * pass mark, instruments with weights, indicators, sub-indicators, items, sub-items,
 * scales, respondent groups, sample rules). Immutable.
 * <p>
 * Placeholder: the framework module defines the components.
 */
public record FrameworkDefinition(FrameworkRef ref) {
}
