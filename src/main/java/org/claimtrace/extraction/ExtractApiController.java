package org.claimtrace.extraction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Extracts claims from posted text without storing anything. */
@RestController
class ExtractApiController {

	private final ExtractionService extraction;

	ExtractApiController(ExtractionService extraction) {
		this.extraction = extraction;
	}

	@PostMapping("/api/v1/extract")
	ExtractionResult extract(@Valid @RequestBody ExtractRequest request) {
		return this.extraction.preview(request.text());
	}

	record ExtractRequest(@NotNull String text) {
	}

}
