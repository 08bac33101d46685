// Who may start a join handshake now, and how long a wrong code waits: per Unix user, never room-wide.

import Glibc

/// The host's count of connections that have not joined yet. Limits are per Unix user (the
/// kernel's `SO_PEERCRED`), so a user who guesses codes or holds connections open slows down
/// and crowds out only themselves: the real guest, another user, still gets in at once.
struct TalkAdmission: Sendable {
    let limits: TalkLimits
    private var pendingByUser: [uid_t: Int] = [:]
    private var pendingCount = 0
    private var wrongCodesByUser: [uid_t: Int] = [:]
    /// Wrong codes from everyone so far (what the host is shown).
    private(set) var wrongCodes = 0

    init(limits: TalkLimits) { self.limits = limits }

    /// Whether a new connection from `user` may start a handshake; if so, it counts until `end`.
    mutating func begin(user: uid_t) -> Bool {
        guard pendingCount < limits.pendingInAll, pendingByUser[user, default: 0] < limits.pendingPerUser else {
            return false
        }
        pendingByUser[user, default: 0] += 1
        pendingCount += 1
        return true
    }

    /// A handshake from `user` is over, however it ended.
    mutating func end(user: uid_t) {
        guard let pending = pendingByUser[user], pending > 0 else { return }
        pendingByUser[user] = pending > 1 ? pending - 1 : nil
        pendingCount -= 1
    }

    /// Records a wrong code from `user`; returns how long its connection waits for the answer.
    mutating func wrongCode(from user: uid_t) -> Duration {
        wrongCodes += 1
        let count = wrongCodesByUser[user, default: 0] + 1
        wrongCodesByUser[user] = count
        return min(limits.wrongCodeDelay * count, limits.maxWrongCodeDelay)
    }
}
