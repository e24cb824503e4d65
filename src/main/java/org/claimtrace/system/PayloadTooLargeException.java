package org.claimtrace.system;

/** Input over a documented size limit: 413. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE)
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(String message) {
		super(message);
	}

}
