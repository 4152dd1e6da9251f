package th.ita.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Test-only endpoints that fail on purpose, to check the error mappings. */
final class TestWebControllers {

	static final String SECRET = "secret-internal-detail-4711";

	private TestWebControllers() {
	}

	record Payload(@NotBlank String name, @Size(max = 3) String code) {
	}

	@RestController
	@RequestMapping("/api/v1/test-web")
	static class ApiController {

		@GetMapping("/ok")
		String ok() {
			return "{\"ok\":true}";
		}

		@PostMapping("/validate")
		String validate(@Valid @RequestBody Payload payload) {
			return payload.name();
		}

		@GetMapping("/field")
		String field() {
			throw new FieldException("email", "E-mail is already used by another account");
		}

		@GetMapping("/conflict")
		String conflict() {
			throw new ConflictException("code", "Agency code exists");
		}

		@GetMapping("/missing")
		String missing() {
			throw new NotFoundException("No agency 9999");
		}

		@GetMapping("/too-large")
		String tooLarge() {
			throw new MaxUploadSizeExceededException(5 * 1024 * 1024);
		}

		@GetMapping("/param")
		String param(@RequestParam int page) {
			return String.valueOf(page);
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException(SECRET);
		}

		@GetMapping("/executive-only")
		@PreAuthorize("hasRole('EXECUTIVE')")
		String executiveOnly() {
			return "secret";
		}

	}

	@Controller
	@RequestMapping("/test-web")
	static class PageController {

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException(SECRET);
		}

		@GetMapping("/missing/{code}")
		String missing(@PathVariable String code) {
			throw new NotFoundException("No agency " + code);
		}

		@GetMapping("/too-large")
		String tooLarge() {
			throw new MaxUploadSizeExceededException(5 * 1024 * 1024);
		}

	}

}
