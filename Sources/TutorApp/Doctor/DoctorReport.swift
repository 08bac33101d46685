// `doctor`: what the app needs on this machine (terminal, locale, colours, database, model), each with what to fix.

import Foundation
import TutorStore

/// The lines of the doctor's report, each `ok`, `note` or `FIX`, and how many need fixing.
/// Each check takes what it looks at (the environment, whether the shell is interactive,
/// the colour count) as arguments, so that tests can give it any machine; `run` reads this
/// one's. The API key is reported as set or not, never shown.
public struct DoctorReport: Sendable {
    public private(set) var lines: [String] = []
    /// The lines marked `FIX`.
    public private(set) var problems = 0

    public init() {}

    /// Every check, on this machine: the terminal, the locale, the colours, the database at
    /// `database`, and the model endpoint (contacted unless `contactModel` is false).
    public static func run(environment: [String: String], database: URL, contactModel: Bool) async -> DoctorReport {
        var report = DoctorReport()
        report.checkTerminal(environment, interactive: isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1)
        report.checkLocale(environment)
        report.checkLanguage(environment)
        // `tput` is asked only when NO_COLOR leaves the choice to the terminal.
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        report.checkColours(environment, colours: noColour ? nil : terminalColours())
        report.checkDatabase(database)
        await report.checkModel(environment, contact: contactModel)
        return report
    }

    /// The report's last line: how many problems, or that all is well.
    public var verdict: String {
        problems == 0
            ? "Everything chattutor needs is in place." : "\(problems) problem\(problems == 1 ? "" : "s") found."
    }

    mutating func ok(_ area: String, _ text: String) { lines.append("ok    \(Self.padded(area)) \(text)") }
    mutating func note(_ area: String, _ text: String) { lines.append("note  \(Self.padded(area)) \(text)") }
    mutating func fix(_ area: String, _ text: String) {
        problems += 1
        lines.append("FIX   \(Self.padded(area)) \(text)")
    }

    private static func padded(_ area: String) -> String { area.padding(toLength: 9, withPad: " ", startingAt: 0) }

    /// `TERM` must name a terminal type that has a terminfo entry here.
    public mutating func checkTerminal(_ environment: [String: String], interactive: Bool) {
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            fix(
                "terminal",
                "TERM is \(term.isEmpty ? "not set" : "dumb"); the chat needs a real terminal type, such as TERM=xterm-256color"
            )
        } else if !Self.terminfoExists(term, environment) {
            fix("terminal", "TERM=\(term) has no terminfo entry here; try TERM=xterm-256color")
        } else {
            ok(
                "terminal",
                "TERM=\(term)"
                    + (interactive ? "" : " (this shell is not interactive: chat and replay need a terminal)"))
        }
    }

    /// A UTF-8 locale shows Hangul; without one chattutor falls back to C.UTF-8 (a note).
    public mutating func checkLocale(_ environment: [String: String]) {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        if locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8") {
            ok("locale", locale)
        } else {
            note(
                "locale",
                "\(locale.isEmpty ? "no locale set" : locale) is not UTF-8; chattutor falls back to C.UTF-8 (set LANG=C.UTF-8 to be sure Hangul shows)"
            )
        }
    }

    /// `NO_COLOR` chooses the mono theme; so does a terminal with fewer than 8 colours
    /// (`colours`, as `tput colors` reports them; nil when it could not say).
    public mutating func checkColours(_ environment: [String: String], colours: Int?) {
        if !(environment["NO_COLOR"] ?? "").isEmpty {
            ok("colours", "NO_COLOR is set: the mono theme is used")
            return
        }
        let colours = colours ?? 0
        if colours >= 8 {
            ok("colours", "\(colours) colours")
        } else {
            note("colours", "the terminal reports no colours: the mono theme is used")
        }
    }

    /// The saved-modules database opens (and is migrated), or can be created where it is asked for.
    public mutating func checkDatabase(_ url: URL) {
        let manager = FileManager.default
        if manager.fileExists(atPath: url.path) {
            do {
                _ = try ModuleStore(url: url)
                ok("database", url.path)
            } catch {
                fix("database", "\(error)")
            }
            return
        }
        var directory = url.deletingLastPathComponent()
        while !manager.fileExists(atPath: directory.path), directory.path != "/" { directory.deleteLastPathComponent() }
        if manager.isWritableFile(atPath: directory.path) {
            ok("database", "\(url.path) (created on the first save)")
        } else {
            fix("database", "cannot create \(url.path): \(directory.path) is not writable; pass --db PATH")
        }
    }

    private static func terminfoExists(_ term: String, _ environment: [String: String]) -> Bool {
        guard let first = term.first else { return false }
        let roots = [
            environment["TERMINFO"], environment["HOME"].map { "\($0)/.terminfo" }, "/etc/terminfo", "/lib/terminfo",
            "/usr/share/terminfo",
        ].compactMap { $0 }
        return roots.contains { root in
            FileManager.default.fileExists(atPath: "\(root)/\(first)/\(term)")
                || FileManager.default.fileExists(
                    atPath: "\(root)/\(String(format: "%02x", first.asciiValue ?? 0))/\(term)")
        }
    }

    /// What `tput colors` says, or nil when it cannot be run or says no number.
    private static func terminalColours() -> Int? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tput", "colors"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return Int(
            String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines))
    }
}
