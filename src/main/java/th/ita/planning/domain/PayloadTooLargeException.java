package th.ita.planning.domain;

/** An uploaded image is over the size cap: HTTP 413. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(String message) {
		super(message);
	}

}
