package org.claimtrace.admin;

import java.util.List;

import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(UserAdminController.class)
class UserAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	UserAccountService users;

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsCannotManageAccounts() {
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus(403);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anAdminCreatesAnEditor() {
		given(this.users.list()).willReturn(List.of());
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(csrf())
			.param("username", "jane.doe")
			.param("password", "a-long-enough-password")
			.param("role", "EDITOR")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users");
		then(this.users).should().create("jane.doe", "a-long-enough-password", null, UserAccount.Role.EDITOR, "admin");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aShortPasswordIsExplainedAndNothingIsCreated() {
		given(this.users.list()).willReturn(List.of());
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(csrf())
			.param("username", "jane")
			.param("password", "short")
			.param("role", "EDITOR")).hasStatusOk().bodyText().contains("Use at least 12 characters.");
		then(this.users).should(never()).create(any(), any(), any(), any(), any());
	}

}
