// Finds chattutor-serve the way git finds git-NAME (beside this binary, then on PATH) and becomes it.

import Foundation
import TutorApp
import TutorCommandLine
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// Starts `chattutor serve …` by replacing this process with chattutor-serve, so that the
/// server keeps this process's id, terminal and signals (SIGTERM reaches the server itself).
enum ServeLauncher {
    /// The server's executable name.
    static let executableName = "chattutor-serve"

    /// The arguments to hand to chattutor-serve for a command line, or nil when it is no serve
    /// command: `serve ARGS…` → ARGS, `help serve ARGS…` → ARGS + `--help`.
    static func serveArguments(_ arguments: [String]) -> [String]? {
        if arguments.first == "serve" { return Array(arguments.dropFirst()) }
        if arguments.count >= 2, arguments[0] == "help", arguments[1] == "serve" {
            return Array(arguments.dropFirst(2)) + ["--help"]
        }
        return nil
    }

    /// Replaces this process with chattutor-serve; returns only by throwing.
    static func start(_ arguments: [String]) throws(UserError) -> Never {
        let directories = searchDirectories(environment: ProcessEnvironment.variables)
        guard let path = find(in: directories) else {
            let home = ProcessEnvironment.variables["HOME"]
            if ServeHelp.asksForHelp(arguments) {
                let text = ServeHelp.text(
                    MessageLanguage.strings(), binaryFolder: directories.first ?? ".", home: home,
                    commandHelp: ServeCommandLine.helpText())
                FileHandle.standardOutput.write(Data(text.utf8))
                exit(0)
            }
            throw UserError(message: notBuiltMessage(searched: directories, home: home), exitCode: 69)
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        throw UserError(message: "cannot start \(path): \(reason)", exitCode: 71)
    }

    /// Where to look, in order: the folder of this binary (its real path, then the path it was
    /// started by, which differ when it is a symbolic link), then each folder on PATH.
    static func searchDirectories(environment: [String: String]) -> [String] {
        var directories: [String] = []
        if let real = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directories.append(real.deletingLastPathComponent().path)
        }
        if let invoked = CommandLine.arguments.first, invoked.contains("/") {
            directories.append((invoked as NSString).deletingLastPathComponent)
        }
        directories += (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }
    }

    /// The first executable chattutor-serve in `directories`.
    static func find(in directories: [String]) -> String? {
        directories.lazy.map { ($0 as NSString).appendingPathComponent(executableName) }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// What to do when the server is not built: it is a separate build, on purpose.
    static func notBuiltMessage(searched directories: [String], home: String?) -> String {
        let beside = directories.first ?? "."
        let install = ServeHelp.installCommand(binaryFolder: beside, home: home)
        return """
            serve needs chattutor-serve, the HTTP server, which is built on its own (its packages, \
            Hummingbird, NIO and Prometheus, take 10-15 more minutes to build the first time). \
            In the ChatTutor folder, run `scripts/run serve …` (builds it, then serves) or \
            `\(install)` (also puts it beside chattutor on your PATH), or \
            `swift build -c release --product chattutor-serve`. It was looked for in \(beside) and on PATH.
            """
    }
}
