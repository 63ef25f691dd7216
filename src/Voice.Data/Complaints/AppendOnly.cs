namespace Voice.Data.Complaints;

/// <summary>Entities whose rows may be added but never changed or deleted; the context refuses.</summary>
public interface IAppendOnly;
