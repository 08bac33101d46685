// `chattutor doctor`: checks what the app needs here, and says what to fix. Never prints a key.

import ArgumentParser
import Foundation
import TutorApp
import TutorCore
import TutorStore

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the terminal, locale, colours, database and model endpoint.",
        discussion:
            "Exits 1 when something needs fixing. The API key is reported as set or not, never shown. The report is in the interface's language (CHATTUTOR_LANG, then language in config.toml, then the locale)."
    )

    @Option(help: "The saved-modules database to check (default: $XDG_DATA_HOME/chattutor/chattutor.sqlite).")
    var db: String?

    @Flag(help: "Do not contact the model endpoint.")
    var offline = false

    func run() async throws {
        let report = await DoctorReport.run(
            environment: ProcessEnvironment.variables,
            database: db.map { URL(fileURLWithPath: $0) } ?? ModuleStore.defaultURL(),
            contactModel: !offline, strings: MessageLanguage.strings())
        print(report.lines.joined(separator: "\n"))
        print(report.verdict)
        if report.problems > 0 { throw ExitCode(1) }
    }
}
