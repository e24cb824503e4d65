package org.claimtrace.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/** Where {@link RateLimitFilter} forwards sign-in attempts over the limit. */
	@RequestMapping("/login/too-many-attempts")
	String tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object retryAfter = request.getAttribute(RateLimitFilter.RETRY_AFTER_ATTRIBUTE);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		model.addAttribute("retryAfter", (retryAfter != null) ? retryAfter : 60L);
		return "login";
	}

}
