package th.ita.planning.domain;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.stereotype.Component;

/**
 * Adds the module's bundle ({@code messages/planning}) to the application's message
 * source, so that the module registers its own texts.
 */
@Component
class PlanningMessages implements BeanPostProcessor {

	static final String BASENAME = "messages/planning";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractResourceBasedMessageSource source && "messageSource".equals(beanName)
				&& !source.getBasenameSet().contains(BASENAME)) {
			source.addBasenames(BASENAME);
		}
		return bean;
	}

}
