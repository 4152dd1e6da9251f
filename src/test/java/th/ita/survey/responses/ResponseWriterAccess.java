package th.ita.survey.responses;

import org.springframework.context.ApplicationContext;

/** Stops and starts the {@link ResponseWriter} for the tests of the survey package. */
public final class ResponseWriterAccess {

	private ResponseWriterAccess() {
	}

	public static void stop(ApplicationContext context) {
		context.getBean(ResponseWriter.class).stop();
	}

	public static void start(ApplicationContext context) {
		context.getBean(ResponseWriter.class).start();
	}

}
