package th.ita.planning;

/** The status a progress entry reports for an activity or a measure. */
public enum ProgressStatus {

	NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

	/** Finished one way or the other: never late. */
	public boolean closed() {
		return this == DONE || this == CANCELLED;
	}

}
