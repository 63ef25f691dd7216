namespace Voice.Data.Complaints;

public enum ComplaintStatus
{
    /// <summary>Being handled at its current stage.</summary>
    Open,
    /// <summary>The stage's response has been sent; the complainant may ask for the next stage.</summary>
    Responded,
    /// <summary>The complainant asked for the next stage late; staff must decide.</summary>
    AwaitingDecision,
    Closed,
    Withdrawn,
}

public enum ComplainantType { Child, Parent, FosterCarer, CareLeaver, SpecialGuardian, OnBehalf, Other }
public enum ReceivedChannel { Online, Phone, Letter, Email, InPerson }
public enum ContactPreference { Email, Phone, Post }
public enum PointOutcome { Upheld, PartlyUpheld, NotUpheld }
public enum LateDecision { Accepted, Refused }
public enum LearningStatus { NotStarted, InProgress, Done }
public enum RemedyKind { Apology, Payment, ServiceChange, Other }
