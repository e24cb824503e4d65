package org.claimtrace.source;

import java.util.List;

import org.claimtrace.system.EditConflictException;
import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebSliceTest(SourceAdminController.class)
class SourceAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SourceService sources;

	static final SourceSummary GUR = new SourceSummary(1L, "GUR", "INTELLIGENCE", null, 3, "gur, hur", 12, 4);

	static final SourceSummary DIRECTORATE = new SourceSummary(2L, "Ukraine's military intelligence directorate",
			"INTELLIGENCE", null, 0, null, 2, 1);

	@Test
	@WithMockUser(roles = "EDITOR")
	void theListShowsSourcesWithTheirAliasesAndCounts() {
		given(this.sources.list("intel")).willReturn(List.of(GUR, DIRECTORATE));
		assertThat(this.mvc.get().uri("/admin/sources?q=intel")).hasStatusOk()
			.bodyText()
			.contains("href=\"/admin/sources/2\"")
			.contains("gur, hur")
			.contains("value=\"intel\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aConflictKeepsTheTypedNameAndShowsTheSavedOne() {
		given(this.sources.details(1L)).willReturn(GUR);
		given(this.sources.list(null)).willReturn(List.of(GUR, DIRECTORATE));
		given(this.sources.update(eq(1L), any(), any(), eq(2L), any()))
			.willThrow(new EditConflictException("source", 1L));
		assertThat(this.mvc.post()
			.uri("/admin/sources/1")
			.with(csrf())
			.param("name", "Defence Intelligence of Ukraine")
			.param("kind", "INTELLIGENCE")
			.param("version", "2")).hasStatusOk()
			.bodyText()
			.contains("value=\"Defence Intelligence of Ukraine\"")
			.contains("Saved now: GUR (INTELLIGENCE)")
			.contains("Another editor saved this source");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void mergingWithoutATargetIsExplained() {
		assertThat(this.mvc.post().uri("/admin/sources/2/merge").with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/sources/2")
			.flash()
			.containsEntry("error", "flash.source.chooseTarget");
		then(this.sources).should(never()).merge(anyLong(), anyLong(), any());
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void mergingLeadsToTheSourceKept() {
		given(this.sources.merge(2L, 1L, "ed")).willReturn(GUR);
		assertThat(this.mvc.post().uri("/admin/sources/2/merge").with(csrf()).param("targetId", "1"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/sources/1");
	}

}
