package org.claimtrace.article;

/**
 * What Claimtrace accepts as an article's address, for the form, the API, bulk import and
 * feeds alike.
 */
public final class WebAddress {

	private static final String HTTP_URL_BODY = "https?://[^\\s/$.?#][^\\s]*";

	/** An absolute http(s) address. */
	public static final String HTTP_URL = "(?i)" + HTTP_URL_BODY;

	/**
	 * An http(s) address or nothing: for fields that are also {@code @NotBlank}, so that
	 * a missing address gets one message ("enter the address"), not that and "not an
	 * address".
	 */
	public static final String HTTP_URL_OR_BLANK = "(?i)\\s*|" + HTTP_URL_BODY;

	private WebAddress() {
	}

}
