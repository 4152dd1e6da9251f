package th.ita.identity.rest;

import java.util.List;

import org.jspecify.annotations.Nullable;
import th.ita.identity.domain.NewUser;
import th.ita.identity.domain.UserAdminService;
import th.ita.identity.domain.UserChanges;
import th.ita.identity.domain.UserView;
import th.ita.shared.ItaPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/v1/users}: system administrators manage every account, agency
 * administrators the staff of their own agency; the service enforces who may do what.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserRestController {

	private final UserAdminService users;

	UserRestController(UserAdminService users) {
		this.users = users;
	}

	@GetMapping
	List<UserView> list(@AuthenticationPrincipal ItaPrincipal actor,
			@RequestParam(required = false) @Nullable String q) {
		return this.users.search(actor, q);
	}

	@GetMapping("/{username}")
	UserView get(@AuthenticationPrincipal ItaPrincipal actor, @PathVariable String username) {
		return this.users.get(actor, username);
	}

	@PostMapping
	ResponseEntity<UserView> create(@AuthenticationPrincipal ItaPrincipal actor, @RequestBody NewUser user,
			UriComponentsBuilder uri) {
		UserView created = this.users.create(actor, user);
		return ResponseEntity.created(uri.path("/api/v1/users/{u}").build(created.username())).body(created);
	}

	@PatchMapping("/{username}")
	UserView update(@AuthenticationPrincipal ItaPrincipal actor, @PathVariable String username,
			@RequestBody UserChanges changes) {
		return this.users.update(actor, username, changes);
	}

	@PostMapping("/{username}/unlock")
	UserView unlock(@AuthenticationPrincipal ItaPrincipal actor, @PathVariable String username) {
		return this.users.unlock(actor, username);
	}

}
