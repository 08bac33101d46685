// Where a talk conversation's socket lives, and the checks that make finding it safe.

import Foundation
import TutorCore

/// `ROOT/chattutor-talk-UID/ROOM/socket`. The per-user directory and the per-conversation
/// directory are mode 0711 and owned by the host: others can reach a socket whose name they
/// know but cannot list, create or replace anything. ROOM is a hash of the whole join code, so
/// it cannot be guessed; it is no secret either (`/proc/net/unix` lists bound sockets). The
/// socket is mode 0666 so that another Unix user can connect; what protects the conversation
/// is the code, proved first.
/// A guest connects only where the directories and the socket are owned by the uid in the
/// directory's name, so nobody can put a fake host in front of a guest to collect the secret.
public struct TalkRendezvous: Sendable {
    public var root: String

    /// `$CHATTUTOR_TALK_ROOT` (tests) or `/tmp`: one place every user on the machine shares.
    public init(root: String? = nil) {
        self.root =
            root ?? ProcessEnvironment.variables["CHATTUTOR_TALK_ROOT"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "/tmp"
    }

    static let prefix = "chattutor-talk-"

    func userDirectory(uid: uid_t) -> String { "\(root)/\(Self.prefix)\(uid)" }

    /// Creates (or checks) the host's directories; returns the conversation directory.
    func prepareHost(room: String) throws(TalkError) -> String {
        let uid = getuid()
        let userDirectory = userDirectory(uid: uid)
        if mkdir(userDirectory, 0o711) != 0 && errno != EEXIST { throw .system("mkdir \(userDirectory)", errno: errno) }
        try check(directory: userDirectory, owner: uid)
        chmod(userDirectory, 0o711)
        let conversation = "\(userDirectory)/\(room)"
        guard mkdir(conversation, 0o711) == 0 else {
            throw errno == EEXIST ? .unsafeDirectory(conversation) : .system("mkdir \(conversation)", errno: errno)
        }
        chmod(conversation, 0o711)
        return conversation
    }

    /// Finds the socket of `room` among the hosts' directories, checking ownership.
    func findSocket(room: String) throws(TalkError) -> String {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        for entry in entries.sorted() where entry.hasPrefix(Self.prefix) {
            guard let uid = uid_t(entry.dropFirst(Self.prefix.count)) else { continue }
            let conversation = "\(root)/\(entry)/\(room)"
            let socketPath = "\(conversation)/socket"
            var info = stat()
            guard lstat(socketPath, &info) == 0 else { continue }
            try check(directory: "\(root)/\(entry)", owner: uid)
            try check(directory: conversation, owner: uid)
            guard (info.st_mode & S_IFMT) == S_IFSOCK, info.st_uid == uid else { throw .unsafeDirectory(socketPath) }
            return socketPath
        }
        throw .noSuchConversation
    }

    private func check(directory: String, owner: uid_t) throws(TalkError) {
        var info = stat()
        guard lstat(directory, &info) == 0 else { throw .system("lstat \(directory)", errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == owner, info.st_mode & 0o022 == 0 else {
            throw .unsafeDirectory(directory)
        }
    }
}
