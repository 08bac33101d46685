// A `chattutor-talk-peer` child process for the two-process tests: lines in, lines out, a kill.

import Foundation
import Synchronization
import Testing

/// A running peer. Its stdout lines arrive in `lines`; `send` writes a command line.
final class TalkPeerProcess: Sendable {
    let lines: AsyncStream<String>
    private let process: Process
    private let input: FileHandle

    /// Where SwiftPM put the peer: beside the test binary (`.build/debug`), or under the package.
    static func executable() throws -> URL {
        let name = "chattutor-talk-peer"
        var candidates: [URL] = []
        if let tests = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(tests.appendingPathComponent(name))
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/\(name)"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw PeerMissing(searched: candidates.map(\.path))
        }
        return found
    }

    struct PeerMissing: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "no chattutor-talk-peer at \(searched.joined(separator: " or ")): run swift build --build-tests"
        }
    }

    /// Starts `chattutor-talk-peer ARGUMENTS` meeting at the rendezvous `root`.
    init(_ arguments: [String], root: String) throws {
        process = Process()
        process.executableURL = try Self.executable()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CHATTUTOR_TALK_ROOT"] = root
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        input = stdin.fileHandleForWriting
        let (lines, continuation) = AsyncStream.makeStream(of: String.self)
        self.lines = lines
        let output = stdout.fileHandleForReading
        try process.run()
        Thread {
            var pending = Data()
            while true {
                let chunk = output.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    continuation.yield(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                    pending = Data(pending[(newline + 1)...])
                }
            }
            continuation.finish()
        }.start()
    }

    deinit {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
    }

    /// Writes one command line to the peer.
    func send(_ line: String) {
        try? input.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Closes the peer's stdin, so it closes its connection and exits; returns its exit status.
    func finish() async -> Int32 {
        try? input.close()
        return await exitStatus()
    }

    func kill(signal: Int32) { Glibc.kill(process.processIdentifier, signal) }

    var isRunning: Bool { process.isRunning }

    /// The exit status, waiting for it without blocking a cooperative thread.
    func exitStatus() async -> Int32 {
        let process = process
        return await withCheckedContinuation { continuation in
            Thread {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }.start()
        }
    }
}
