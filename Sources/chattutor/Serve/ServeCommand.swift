// `chattutor serve`: listed among the commands, and run by starting chattutor-serve (ServeLauncher).

import ArgumentParser
import Foundation

/// Stands for chattutor-serve in `chattutor --help`. `ChatTutor.main` hands `serve …` to the
/// launcher before parsing, so `chattutor serve --help` is chattutor-serve's own help; this
/// command's run is reached only if that hand-over is bypassed.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the tutor as an HTTP API for a web or mobile front end (chattutor-serve).",
        discussion: """
            Runs chattutor-serve, built apart from chattutor so that the chat needs none of the \
            server's packages: `scripts/run serve` or `scripts/install --serve` builds it. \
            `chattutor serve --help` lists its options, `serve token create|list|revoke` its tokens.
            """)

    @Argument(parsing: .captureForPassthrough, help: "chattutor-serve's arguments.")
    var arguments: [String] = []

    func run() async throws {
        do {
            try ServeLauncher.start(arguments)
        } catch {
            FileHandle.standardError.write(Data("chattutor: \(error.message)\n".utf8))
            throw ExitCode(error.exitCode)
        }
    }
}
