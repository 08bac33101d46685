// `chattutor saved`: manage saved modules from the shell.

import ArgumentParser
import Foundation
import TutorApp
import TutorCore
import TutorStore
import TutorUI

struct SavedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saved",
        abstract: "List, show, export, annotate and delete saved modules.",
        discussion:
            "IDs are the numbers `saved list` shows. Nothing is written to disk but the database and the files you export.",
        subcommands: [
            SavedListCommand.self, SavedShowCommand.self, SavedDeleteCommand.self, SavedExportCommand.self,
            SavedNoteCommand.self, SavedTagCommand.self, SavedImportCommand.self,
        ],
        defaultSubcommand: SavedListCommand.self
    )
}

/// The filters of `list` and `export`.
struct SavedFilterOptions: ParsableArguments {
    @Option(help: "Only this error type or its prefix (R:VERB), or focus words (articles).")
    var type: String?

    @Option(help: "Only modules with this tag.")
    var tag: String?

    @Option(help: "Only modules saved since this day (YYYY-MM-DD) or this many days ago (7d).")
    var since: String?

    func validate() throws {
        if let since { _ = try day(since, now: Date(), calendar: .current) }
    }

    func filter(now: Date = Date(), calendar: Calendar = .current) throws -> SavedModuleFilter {
        SavedModuleFilter(type: type, tag: tag, since: try since.map { try day($0, now: now, calendar: calendar) })
    }

    private func day(_ text: String, now: Date, calendar: Calendar) throws -> Date {
        guard let day = SavedModuleFilter.startOfDay(named: text, now: now, calendar: calendar) else {
            let strings = MessageLanguage.strings()
            let shown = TextSanitizer.printable(String(text.prefix(40)), keepNewlines: false)
            throw ValidationError(strings("cli.option.since", ["text": shown]))
        }
        return day
    }
}

/// The table or JSON of `list`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

struct SavedListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List saved modules, newest first.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: SavedFilterOptions

    @Option(help: "table or json.")
    var format: ListFormat = .table

    func run() async throws {
        try await reportingUserErrors {
            let filter = try filters.filter()
            let moduleStore = try store.openExistingStoreForReading()
            let items = try moduleStore.reviewItems(for: store.userName).filter { filter.matches($0.saved) }
            var output = OutputBuffer()
            switch format {
            case .table:
                output.write(SavedListing.table(items, learner: store.userName, now: Date()))
                if items.isEmpty, store.user == nil {
                    output.write(SavedListing.otherLearners(try moduleStore.learnersWithSavedModules()))
                }
            case .json: output.write(try SavedListing.json(items))
            }
            output.flush()
        }
    }
}

struct SavedShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one saved module in full.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The module's ID (from `saved list`).")
    var id: Int64

    @Option(help: "text (readable, as Markdown) or json (everything).")
    var format: OutputFormat = .text

    func run() async throws {
        try await reportingUserErrors {
            let moduleStore = try store.openExistingStoreForReading()
            let item = try SavedLookup.item(id, in: moduleStore, learner: store.userName)
            let exported = ExportedModule(item: item, reviews: try moduleStore.reviews(ofSavedModule: id))
            var output = OutputBuffer()
            switch format {
            case .text: output.write(MarkdownExport.render([exported], learner: store.userName))
            case .json:
                output.write(
                    String(decoding: try JSONExport.render([exported], learner: store.userName), as: UTF8.self) + "\n")
            }
            output.flush()
        }
    }
}

/// Finding a learner's saved module by ID, with the error a user can act on.
enum SavedLookup {
    static func item(_ id: Int64, in store: ModuleStore, learner: String) throws -> ReviewItem {
        guard let item = try store.reviewItems(for: learner).first(where: { $0.id == id }) else {
            throw UserError.noInput(
                MessageLanguage.strings()("saved.no_such_module", ["name": learner, "id": id]))
        }
        return item
    }
}
