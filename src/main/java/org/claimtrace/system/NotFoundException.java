package org.claimtrace.system;

/** Base of every module's XxxNotFoundException: 404 as a page and as ProblemDetail. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
