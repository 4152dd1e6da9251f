package th.ita.agency.web;

import th.ita.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown agency on a page: 404 with a page that says so. */
@ControllerAdvice(basePackageClasses = AgencyPageController.class)
class AgencyPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "agency/not-found";
	}

}
