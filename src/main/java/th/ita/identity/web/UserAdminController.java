package th.ita.identity.web;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import th.ita.identity.domain.InvalidUserException;
import th.ita.identity.domain.UserAdminService;
import th.ita.identity.domain.UserView;
import th.ita.shared.ConflictException;
import th.ita.shared.ItaPrincipal;
import th.ita.shared.Role;
import th.ita.web.Htmx;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Admin pages for user accounts (system administrators; the URL rule is in
 * {@code SecurityConfig}): list with search, create, edit, disable and re-enable, unlock.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final Set<String> FORM_FIELDS = Set.of("username", "password", "displayName", "roles", "agency");

	private final UserAdminService users;

	UserAdminController(UserAdminService users) {
		this.users = users;
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return List.of(Role.values());
	}

	@GetMapping
	String list(@AuthenticationPrincipal ItaPrincipal actor, @RequestParam(required = false) @Nullable String q,
			Model model, HttpServletRequest request) {
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("users", this.users.search(actor, q));
		return Htmx.view(request, "identity/users/list", "table");
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm());
		return "identity/users/new";
	}

	@PostMapping
	String create(@AuthenticationPrincipal ItaPrincipal actor, @ModelAttribute("form") UserForm form,
			BindingResult binding, RedirectAttributes redirect) {
		UserView created = attempt(binding, () -> this.users.create(actor, form.toNewUser()));
		if (created == null) {
			return "identity/users/new";
		}
		redirect.addFlashAttribute("notice", "identity.users.notice.created");
		return redirectTo(created.username());
	}

	@GetMapping("/{username}")
	String edit(@AuthenticationPrincipal ItaPrincipal actor, @PathVariable String username, Model model) {
		UserView user = this.users.get(actor, username);
		model.addAttribute("user", user);
		model.addAttribute("form", UserForm.of(user));
		return "identity/users/edit";
	}

	@PostMapping("/{username}")
	String update(@AuthenticationPrincipal ItaPrincipal actor, @PathVariable String username,
			@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		UserView updated = attempt(binding, () -> this.users.update(actor, username, form.toChanges()));
		if (updated == null) {
			model.addAttribute("user", this.users.get(actor, username));
			return "identity/users/edit";
		}
		redirect.addFlashAttribute("notice", "identity.users.notice.saved");
		return redirectTo(updated.username());
	}

	@PostMapping("/{username}/disable")
	String disable(@AuthenticationPrincipal ItaPrincipal actor, @PathVariable String username,
			RedirectAttributes redirect) {
		return action(redirect, username, "identity.users.notice.disabled",
				() -> this.users.setEnabled(actor, username, false));
	}

	@PostMapping("/{username}/enable")
	String enable(@AuthenticationPrincipal ItaPrincipal actor, @PathVariable String username,
			RedirectAttributes redirect) {
		return action(redirect, username, "identity.users.notice.enabled",
				() -> this.users.setEnabled(actor, username, true));
	}

	@PostMapping("/{username}/unlock")
	String unlock(@AuthenticationPrincipal ItaPrincipal actor, @PathVariable String username,
			RedirectAttributes redirect) {
		return action(redirect, username, "identity.users.notice.unlocked", () -> this.users.unlock(actor, username));
	}

	private String action(RedirectAttributes redirect, String username, String notice, Supplier<UserView> change) {
		try {
			change.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidUserException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return redirectTo(username);
	}

	/** Runs a change; on a rule violation, records it on the field and returns null. */
	private static @Nullable UserView attempt(BindingResult binding, Supplier<UserView> change) {
		try {
			return change.get();
		}
		catch (InvalidUserException ex) {
			if (FORM_FIELDS.contains(ex.field())) {
				binding.rejectValue(ex.field(), ex.messageKey(), ex.args(), ex.getMessage());
			}
			else {
				binding.reject(ex.messageKey(), ex.args(), ex.getMessage());
			}
		}
		catch (ConflictException ex) {
			binding.rejectValue(ex.field(), "identity.error.username.taken", ex.getMessage());
		}
		return null;
	}

	private static String redirectTo(String username) {
		return "redirect:/admin/users/" + UriUtils.encodePathSegment(username, java.nio.charset.StandardCharsets.UTF_8);
	}

}
