package th.ita.agency.domain;

/** An import file is over the size limit: HTTP 413. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(long limit) {
		super("The file is larger than " + limit + " bytes");
	}

}
