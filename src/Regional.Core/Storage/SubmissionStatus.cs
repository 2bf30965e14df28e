namespace Regional.Storage;

public enum SubmissionStatus
{
    Received,
    Accepted,
    Rejected,
    Processed,
}
