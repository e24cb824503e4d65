package org.claimtrace.system;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Bad query parameters on a read API: 400 problem detail with {@code errors: [{field,
 * message}]} (handled by Spring's ErrorResponse support).
 */
public class InvalidParametersException extends ErrorResponseException {

	public InvalidParametersException(List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
	}

	private static ProblemDetail problem(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some query parameters are invalid.");
		problem.setTitle("Invalid parameters");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors", errors);
		return problem;
	}

	public static InvalidParametersException of(String field, String message) {
		return new InvalidParametersException(List.of(Map.of("field", field, "message", message)));
	}

}
