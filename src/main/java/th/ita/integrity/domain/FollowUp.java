package th.ita.integrity.domain;

/** The follow-up status of a risk's new controls. */
public enum FollowUp {

	NOT_STARTED, IN_PROGRESS, DONE, CANCELLED

}
