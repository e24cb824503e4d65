package org.claimtrace.article.importing;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Bulk import of articles from JSON Lines or RSS/Atom files")
class ImportApiController {

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a file (multipart)",
			description = "Queues the import and answers at once; follow Location for the progress.",
			security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic") })
	@ApiResponse(responseCode = "202", description = "Queued; Location names the job")
	@ApiResponse(responseCode = "413", description = "The file is too large")
	ResponseEntity<ImportResponse> upload(@RequestPart("file") MultipartFile file,
			@Parameter(description = "JSONL, RSS, ATOM or auto") @RequestParam(required = false) String format,
			Principal principal) throws java.io.IOException {
		return accepted(this.imports.submit(file.getOriginalFilename(), format, file.getBytes(), principal.getName()));
	}

	@PostMapping(consumes = { "application/x-ndjson", "application/jsonl", "application/rss+xml",
			"application/atom+xml", MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
			MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import a file (raw body)",
			description = "The body is the file: JSON Lines or an RSS/Atom feed.",
			security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic") })
	@ApiResponse(responseCode = "202", description = "Queued; Location names the job")
	ResponseEntity<ImportResponse> raw(@RequestBody(required = false) byte[] body,
			@Parameter(description = "Shown in the job list") @RequestParam(required = false) String fileName,
			@Parameter(description = "JSONL, RSS, ATOM or auto") @RequestParam(required = false) String format,
			Principal principal) {
		return accepted(this.imports.submit(fileName, format, body, principal.getName()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Progress of an import: counters and failed lines",
			security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic") })
	ImportResponse show(@PathVariable Long id) {
		return ImportResponse.of(this.imports.view(id), this.imports.failures(id));
	}

	private static ResponseEntity<ImportResponse> accepted(ImportJobView job) {
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + job.id()))
			.body(ImportResponse.of(job, List.of()));
	}

}
