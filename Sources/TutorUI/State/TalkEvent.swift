// Talk mode in the app model: which side this terminal is, and what the other side did.

import TutorCore

/// This terminal's side of a talk conversation.
public enum TalkRole: Hashable, Sendable {
    /// Runs the engine for both learners; shows the join code.
    case host(code: String)
    /// Sends its lines to the host and receives its own modules from it.
    case guest(hostName: String)
}

/// Where the guest is: on the host, joined or gone; on the guest, `.gone` once it left by itself.
public enum GuestPresence: Hashable, Sendable {
    case notYet, here, gone
}

/// What the other terminal did, as the runner reports it.
public enum TalkEvent: Hashable, Sendable {
    case peerJoined(name: String)
    /// A chat line from the other side: on the host the guest's line (analysed as the guest's);
    /// on the guest a line the host's side posted.
    case peerSaid(Speaker, String)
    /// Guest only: one of the guest's own validated modules.
    case moduleArrived(TeachingModule)
    /// Guest only: the host analysed a batch of the guest's messages.
    case analysed(utteranceCount: Int)
    /// Guest only: the host ended the conversation.
    case hostEnded
    /// Guest only: every module is delivered.
    case summary(findingsByTopic: [LocalizedText: Int])
    /// The other side quit or dropped.
    case peerLeft(reason: String)
    /// Host only: a wrong code was offered (the count so far); the right one still joins.
    case joinRefused(failures: Int)
}
