// `chattutor doctor`: checks what the app needs here, and says what to fix. Never prints a key.

import ArgumentParser
import Foundation
import TutorLLM
import TutorStore

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the terminal, locale, colours, database and model endpoint.",
        discussion: "Exits 1 when something needs fixing. The API key is reported as set or not, never shown."
    )

    @Option(help: "The saved-modules database to check (default: $XDG_DATA_HOME/chattutor/chattutor.sqlite).")
    var db: String?

    @Flag(help: "Do not contact the model endpoint.")
    var offline = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var report = DoctorReport()
        report.checkTerminal(environment)
        report.checkLocale(environment)
        report.checkColours(environment)
        report.checkDatabase(db.map { URL(fileURLWithPath: $0) } ?? ModuleStore.defaultURL())
        await report.checkModel(environment, contact: !offline)
        print(report.lines.joined(separator: "\n"))
        if report.problems > 0 {
            print("\(report.problems) problem\(report.problems == 1 ? "" : "s") found.")
            throw ExitCode(1)
        }
        print("Everything chattutor needs is in place.")
    }
}

/// The lines of the doctor's report, each `ok`, `note` or `FIX`.
struct DoctorReport {
    var lines: [String] = []
    var problems = 0

    mutating func ok(_ area: String, _ text: String) { lines.append("ok    \(area.padding(toLength: 9, withPad: " ", startingAt: 0)) \(text)") }
    mutating func note(_ area: String, _ text: String) { lines.append("note  \(area.padding(toLength: 9, withPad: " ", startingAt: 0)) \(text)") }
    mutating func fix(_ area: String, _ text: String) {
        problems += 1
        lines.append("FIX   \(area.padding(toLength: 9, withPad: " ", startingAt: 0)) \(text)")
    }

    mutating func checkTerminal(_ environment: [String: String]) {
        let term = environment["TERM"] ?? ""
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        if term.isEmpty || term == "dumb" {
            fix("terminal", "TERM is \(term.isEmpty ? "not set" : "dumb"); the chat needs a real terminal type, such as TERM=xterm-256color")
        } else if !Self.terminfoExists(term, environment) {
            fix("terminal", "TERM=\(term) has no terminfo entry here; try TERM=xterm-256color")
        } else {
            ok("terminal", "TERM=\(term)" + (interactive ? "" : " (this shell is not interactive: chat and replay need a terminal)"))
        }
    }

    mutating func checkLocale(_ environment: [String: String]) {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        if locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8") {
            ok("locale", locale)
        } else {
            note("locale", "\(locale.isEmpty ? "no locale set" : locale) is not UTF-8; chattutor falls back to C.UTF-8 (set LANG=C.UTF-8 to be sure Hangul shows)")
        }
    }

    mutating func checkColours(_ environment: [String: String]) {
        if !(environment["NO_COLOR"] ?? "").isEmpty {
            ok("colours", "NO_COLOR is set: the mono theme is used")
            return
        }
        let colours = Self.run("/usr/bin/env", ["tput", "colors"]).flatMap { Int($0) } ?? 0
        if colours >= 8 { ok("colours", "\(colours) colours") } else { note("colours", "the terminal reports no colours: the mono theme is used") }
    }

    mutating func checkDatabase(_ url: URL) {
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

    mutating func checkModel(_ environment: [String: String], contact: Bool) async {
        let settings: LLMSettings
        do {
            settings = try LLMSettings.load(environment: environment)
        } catch {
            fix("model", "\(error)")
            return
        }
        guard let endpoint = settings.endpoint else {
            note("model", "none configured: the built-in analyser is used (set CHATTUTOR_LLM_BASE_URL and CHATTUTOR_LLM_MODEL to use one)")
            return
        }
        let keySource = settings.sources[LLMSettings.Key.apiKey.rawValue]
        ok("model", "\(endpoint.displayURL), model \(endpoint.model), API key \(keySource.map { "set (from \($0))" } ?? "not set")")
        guard contact else { return }
        let client = LLMClient(endpoint: endpoint, retryPolicy: RetryPolicy(maximumRetries: 0), breaker: .disabled())
        do {
            let models = try await client.listModels()
            ok("model", "reachable; it lists \(models.count) model\(models.count == 1 ? "" : "s")")
            if models.contains(endpoint.model) {
                ok("model", "'\(endpoint.model)' is listed")
            } else {
                note("model", "'\(endpoint.model)' is not among the listed models (\(models.prefix(5).joined(separator: ", "))); local servers often ignore the name")
            }
        } catch {
            fix("model", "\(error)")
            return
        }
        let probe = ChatRequest(
            messages: [.user("Answer with the JSON object {\"ok\": true}.")], stage: "doctor",
            schema: .object(["type": .string("object"), "properties": .object(["ok": .object(["type": .string("boolean")])]), "required": .array([.string("ok")]), "additionalProperties": .bool(false)]),
            schemaName: "probe", maximumTokens: 40, temperature: 0)
        do {
            let answer = try await client.complete(probe)
            ok("model", "structured output: \(answer.format?.rawValue ?? "none") accepted; answered in \(answer.usage.totalTokens) tokens")
        } catch {
            fix("model", "a structured-output request failed: \(error)")
        }
    }

    private static func terminfoExists(_ term: String, _ environment: [String: String]) -> Bool {
        guard let first = term.first else { return false }
        let roots = [environment["TERMINFO"], environment["HOME"].map { "\($0)/.terminfo" }, "/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"].compactMap { $0 }
        return roots.contains { root in
            FileManager.default.fileExists(atPath: "\(root)/\(first)/\(term)")
                || FileManager.default.fileExists(atPath: "\(root)/\(String(format: "%02x", first.asciiValue ?? 0))/\(term)")
        }
    }

    private static func run(_ executable: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
