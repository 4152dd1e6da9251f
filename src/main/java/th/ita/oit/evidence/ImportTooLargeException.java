package th.ita.oit.evidence;

/** A bulk import file over {@link EvidenceSheet#MAX_BYTES}: HTTP 413. */
public class ImportTooLargeException extends RuntimeException {

	public ImportTooLargeException() {
		super("The file is larger than " + EvidenceSheet.MAX_BYTES + " bytes");
	}

}
