// The time and size limits that keep a slow, silent, guessing or frozen peer from holding anyone up.

/// Limits for one side of a talk conversation. The defaults suit people; tests shorten them.
public struct TalkLimits: Sendable, Hashable {
    /// The whole first frame (the guest's hello, the host's answer) must arrive within this,
    /// however slowly its bytes come.
    public var handshake: Duration = .seconds(5)
    /// The n-th wrong code from one Unix user is answered after n times this, up to
    /// `maxWrongCodeDelay`: guessing slows down the guesser, and nobody else waits.
    public var wrongCodeDelay: Duration = .milliseconds(250)
    public var maxWrongCodeDelay: Duration = .seconds(3)
    /// Handshakes one Unix user may have open at once; a connection over it is closed at once.
    public var pendingPerUser = 4
    /// Handshakes open at once from everyone (each has a thread and a descriptor).
    public var pendingInAll = 32
    /// A peer that leaves a frame unread this long is dropped.
    public var stall: Duration = .seconds(5)
    /// A peer that lets this many bytes pile up unread is dropped at once.
    public var queuedBytes = 1 << 20
    /// How long closing waits for what is queued, and the goodbye, to go out.
    public var goodbye: Duration = .seconds(2)

    public init() {}
}
