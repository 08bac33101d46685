// `doctor`: what the app needs on this machine (terminal, locale, colours, database, model), each with what to fix.

import Foundation
import TerminalKit
import TutorStore
import TutorUI

/// The lines of the doctor's report, each `ok`, `note` or `FIX`, and how many need fixing.
/// Each check takes what it looks at (the environment, whether the shell is interactive,
/// the colour count) as arguments, so that tests can give it any machine; `run` reads this
/// one's. The API key is reported as set or not, never shown. Its words are the catalogue's
/// `doctor` area, in `strings`' language.
public struct DoctorReport: Sendable {
    public private(set) var lines: [String] = []
    /// The lines marked `FIX`.
    public private(set) var problems = 0
    /// The interface's words the report is written in.
    public let strings: Strings

    public init(strings: Strings = .english) { self.strings = strings }

    /// Every check, on this machine: the terminal, the locale, the colours, the database at
    /// `database`, and the model endpoint (contacted unless `contactModel` is false).
    public static func run(
        environment: [String: String], database: URL, contactModel: Bool, strings: Strings = .english
    ) async -> DoctorReport {
        var report = DoctorReport(strings: strings)
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
        problems == 0 ? strings("doctor.verdict_ok") : strings.count("doctor.verdict_problems", problems)
    }

    mutating func ok(_ area: String, _ text: String) { line("ok", area, text) }
    mutating func note(_ area: String, _ text: String) { line("note", area, text) }
    mutating func fix(_ area: String, _ text: String) {
        problems += 1
        line("fix", area, text)
    }

    /// One line: the mark and the area, each padded to the widest of its kind in this
    /// language (in terminal cells: Hangul takes two), so that the findings line up.
    private mutating func line(_ mark: String, _ area: String, _ text: String) {
        let marks = ["ok", "note", "fix"]
        let areas = ["terminal", "locale", "language", "colours", "database", "model"]
        let markWidth = marks.map { DisplayWidth.of(strings("doctor.mark.\($0)")) }.max() ?? 0
        let areaWidth = areas.map { DisplayWidth.of(strings("doctor.area.\($0)")) }.max() ?? 0
        lines.append(
            Self.padded(strings("doctor.mark.\(mark)"), to: markWidth + 2)
                + Self.padded(strings("doctor.area.\(area)"), to: areaWidth + 2) + text)
    }

    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - DisplayWidth.of(text)))
    }

    /// `TERM` must name a terminal type that has a terminfo entry here.
    public mutating func checkTerminal(_ environment: [String: String], interactive: Bool) {
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            fix("terminal", strings(term.isEmpty ? "doctor.terminal.unset" : "doctor.terminal.dumb"))
        } else if !Self.terminfoExists(term, environment) {
            fix("terminal", strings("doctor.terminal.no_terminfo", ["term": term]))
        } else {
            ok(
                "terminal",
                strings(interactive ? "doctor.terminal.ok" : "doctor.terminal.not_interactive", ["term": term]))
        }
    }

    /// A UTF-8 locale shows Hangul; without one chattutor falls back to C.UTF-8 (a note).
    public mutating func checkLocale(_ environment: [String: String]) {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        if locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8") {
            ok("locale", locale)
        } else if locale.isEmpty {
            note("locale", strings("doctor.locale.unset"))
        } else {
            note("locale", strings("doctor.locale.not_utf8", ["locale": locale]))
        }
    }

    /// `NO_COLOR` chooses the mono theme; so does a terminal with fewer than 8 colours
    /// (`colours`, as `tput colors` reports them; nil when it could not say).
    public mutating func checkColours(_ environment: [String: String], colours: Int?) {
        if !(environment["NO_COLOR"] ?? "").isEmpty {
            ok("colours", strings("doctor.colours.no_color"))
            return
        }
        let colours = colours ?? 0
        if colours >= 8 {
            ok("colours", strings("doctor.colours.count", ["count": colours]))
        } else {
            note("colours", strings("doctor.colours.none"))
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
            ok("database", strings("doctor.database.created_on_save", ["path": url.path]))
        } else {
            fix("database", strings("doctor.database.not_writable", ["path": url.path, "directory": directory.path]))
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
