package org.claimtrace.system;

/**
 * Something the request needs is still starting (e.g. the NLP models or the gazetteer):
 * 503.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE)
public class ServiceUnavailableException extends RuntimeException {

	public ServiceUnavailableException(String message) {
		super(message);
	}

}
