package org.claimtrace.claim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.claimtrace.location.PlaceDirectory;
import org.claimtrace.source.SourceDirectory;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The claims explorer: filter, sort and page every public claim; export what is shown.
 */
@Controller
class ClaimController {

	private final ClaimExplorer explorer;

	private final JsonMapper json;

	private final SourceDirectory sources;

	private final PlaceDirectory places;

	ClaimController(ClaimExplorer explorer, JsonMapper json, SourceDirectory sources, PlaceDirectory places) {
		this.explorer = explorer;
		this.json = json;
		this.sources = sources;
		this.places = places;
	}

	@GetMapping("/claims")
	String list(@RequestParam Map<String, String> params, Model model) {
		ClaimFilter.Parsed parsed = ClaimFilter.parse(params);
		ClaimFilter filter = parsed.filter();
		Page<ClaimRow> page = this.explorer.find(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("page", page);
		model.addAttribute("kinds", this.explorer.kinds());
		if (filter.sourceId() != null) {
			this.sources.find(filter.sourceId()).ifPresent((source) -> model.addAttribute("sourceName", source.name()));
		}
		if (filter.placeId() != null) {
			this.places.find(filter.placeId()).ifPresent((place) -> model.addAttribute("placeName", place.name()));
		}
		model.addAttribute("baseUrl", "/claims?" + filter.queryStringWithSort());
		model.addAttribute("exportQuery", filter.queryStringWithSort());
		return "claims/list";
	}

	/**
	 * CSV of the whole selection (not only the page shown), at most
	 * {@link ClaimExplorer#EXPORT_CAP} rows.
	 */
	@GetMapping("/claims/export.csv")
	void exportCsv(@RequestParam Map<String, String> params, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ClaimFilter filter = ClaimFilter.parse(params).filter();
		ClaimExplorer.Export export = this.explorer.export(filter);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claims.csv\"");
		response.setHeader("X-Export-Truncated", String.valueOf(export.truncated()));
		ClaimExportWriter.csv(export, baseUrl(request), response.getWriter());
	}

	@GetMapping("/claims/export.json")
	void exportJson(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
		ClaimFilter filter = ClaimFilter.parse(params).filter();
		ClaimExplorer.Export export = this.explorer.export(filter);
		response.setContentType("application/json;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claims.json\"");
		response.setHeader("X-Export-Truncated", String.valueOf(export.truncated()));
		ClaimExportWriter.json(export, filter, this.json, response.getWriter());
	}

	static String baseUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

}
