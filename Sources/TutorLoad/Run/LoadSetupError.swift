// What stops a load run before it starts, each with what the user can do about it.

/// A problem with the load generator's inputs or the server it was pointed at.
public enum LoadSetupError: Error, Sendable, Equatable, CustomStringConvertible {
    case noTranscriptLines(interviewerCount: Int, learnerCount: Int)
    case unreadableTranscripts(path: String, reason: String)
    case unreadableTokens(path: String)
    case malformedTokenLine(lineNumber: Int)
    case noTokens(path: String)
    case cannotConnect(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .noTranscriptLines(let interviewerCount, let learnerCount):
            "the transcripts hold \(interviewerCount) interviewer and \(learnerCount) learner lines; "
                + "both are needed: point --transcripts at the project's transcripts/ folder"
        case .unreadableTranscripts(let path, let reason):
            "cannot read the transcripts in \(path): \(reason)"
        case .unreadableTokens(let path):
            "cannot read the token file \(path): create it with `chattutor serve token create --user NAME --count N > FILE`"
        case .malformedTokenLine(let lineNumber):
            "token file line \(lineNumber) is not `user<TAB>token`: use the output of `chattutor serve token create --count N`"
        case .noTokens(let path):
            "the token file \(path) holds no token: create some with `chattutor serve token create --user NAME --count N`"
        case .cannotConnect(let host, let port, let reason):
            "cannot connect to \(host):\(port) (\(reason)): is `chattutor serve` running on that port?"
        }
    }
}
