package th.ita.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Adds the {@code #thaidates} expression object to Thymeleaf, e.g.
 * {@code ${#thaidates.longDate(round.opens)}} or
 * {@code ${#thaidates.fiscalYear(round.opens)}}. It formats in the locale of the page.
 */
public class ThaiDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "thaidates";

	public ThaiDatesDialect() {
		super("ITA Thai dates");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return new ThaiDatesExpression(context.getLocale());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
