// `saved export`: JSON (everything), Markdown or an Anki import file, to a file or stdout.

import ArgumentParser
import Foundation
import TutorApp
import TutorStore
import TutorUI

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, anki
}

struct SavedExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export saved modules as JSON, Markdown or an Anki import file.",
        discussion: """
            json holds everything (modules, notes, tags, schedules, every review); markdown is a readable page; \
            anki is a tab-separated file for Anki's File > Import, one Basic note per problem with a stable GUID, \
            so importing a later export updates the notes instead of duplicating them.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: SavedFilterOptions

    @Option(help: "json, markdown or anki.")
    var format: ExportFormat = .json

    @Option(help: "Write to this file (created mode 0600) instead of standard output.")
    var out: String?

    @Flag(help: "Replace the --out file if it exists (without it, an existing file is left as it is).")
    var force = false

    @Option(help: "The Anki deck (default: ChatTutor::USER).")
    var deck: String?

    func run() async throws {
        try await reportingUserErrors {
            let learner = store.userName
            let modules = try store.openExistingStoreForReading().export(for: learner, filter: try filters.filter())
            let data: Data
            switch format {
            case .json: data = try JSONExport.render(modules, learner: learner) + Data("\n".utf8)
            case .markdown: data = Data(MarkdownExport.render(modules, learner: learner).utf8)
            case .anki: data = Data(AnkiExport.render(modules, deck: deck ?? "ChatTutor::\(learner)").utf8)
            }
            guard let out else {
                FileHandle.standardOutput.write(data)
                return
            }
            try SavedExportFile.write(data, to: out, replacing: force)
            let said = MessageLanguage.strings().count("saved.exported", modules.count, ["path": out])
            FileHandle.standardError.write(Data((said + "\n").utf8))
        }
    }
}
