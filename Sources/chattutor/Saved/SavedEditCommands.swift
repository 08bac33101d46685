// `saved delete`, `saved note` and `saved tag`: changing saved modules from the shell.

import ArgumentParser
import Foundation
import TutorApp
import TutorCore
import TutorStore
import TutorUI

struct SavedDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete saved modules, with their review history.",
        discussion: "Asks first on a terminal. In scripts (stdin not a terminal) it refuses unless --yes is given."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The IDs of the modules to delete (from `saved list`).")
    var ids: [Int64]

    @Flag(help: "Delete without asking (for scripts).")
    var yes = false

    func validate() throws {
        let strings = MessageLanguage.strings()
        guard !ids.isEmpty else { throw ValidationError(strings("cli.option.delete_ids")) }
    }

    func run() async throws {
        try await reportingUserErrors {
            let strings = MessageLanguage.strings()
            let moduleStore = try store.openExistingStore()
            let items = try ids.map { try SavedLookup.item($0, in: moduleStore, learner: store.userName) }
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    throw UserError(message: strings("saved.delete_needs_yes"), exitCode: 64)
                }
                let names = items.map { "\($0.id) “\(TextSanitizer.printable($0.saved.module.focus.label.en))”" }
                    .joined(separator: ", ")
                FileHandle.standardError.write(Data(strings("saved.delete_prompt", ["names": names]).utf8))
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard answer == "y" || answer == "yes" else {
                    print(strings("saved.nothing_deleted"))
                    return
                }
            }
            for item in items { try moduleStore.delete(id: item.id) }
            print(strings.count("saved.deleted", items.count))
        }
    }
}

struct SavedNoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Set a saved module's note (an empty TEXT removes it).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The module's ID (from `saved list`).")
    var id: Int64

    @Argument(help: "The note (line breaks are kept; other control characters are refused).")
    var text: String

    func validate() throws {
        guard TextSanitizer.isClean(text) else {
            throw ValidationError(MessageLanguage.strings()("saved.note_unsafe"))
        }
    }

    func run() async throws {
        try await reportingUserErrors {
            let moduleStore = try store.openExistingStore()
            let item = try SavedLookup.item(id, in: moduleStore, learner: store.userName)
            let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
            try moduleStore.update(id: id, note: note.isEmpty ? nil : note, tags: item.saved.tags)
            print(MessageLanguage.strings()(note.isEmpty ? "saved.note_removed" : "saved.noted", ["id": id]))
        }
    }
}

struct SavedTagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Add tags to a saved module, or remove them.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The module's ID (from `saved list`).")
    var id: Int64

    @Argument(help: "The tags.")
    var tags: [String]

    @Flag(help: "Remove these tags instead of adding them.")
    var remove = false

    func validate() throws {
        let strings = MessageLanguage.strings()
        guard !tags.isEmpty else { throw ValidationError(strings("cli.option.tags_none")) }
        for tag in tags where tag.trimmingCharacters(in: .whitespaces).isEmpty || tag.contains(where: \.isNewline) {
            throw ValidationError(strings("cli.option.tag_blank"))
        }
        for tag in tags where tag.unicodeScalars.contains(where: TextSanitizer.isUnsafe) {
            throw ValidationError(strings("cli.option.tag_control"))
        }
    }

    func run() async throws {
        try await reportingUserErrors {
            let moduleStore = try store.openExistingStore()
            let item = try SavedLookup.item(id, in: moduleStore, learner: store.userName)
            let updated = Self.apply(tags, to: item.saved.tags, removing: remove)
            try moduleStore.update(id: id, note: item.saved.note, tags: updated)
            let strings = MessageLanguage.strings()
            let shown =
                updated.isEmpty ? strings("saved.no_tags") : TextSanitizer.printable(updated.joined(separator: ", "))
            print(strings("saved.tags", ["id": id, "tags": shown]))
        }
    }

    /// Adds the tags not there yet (ignoring case), or removes them; order is kept.
    static func apply(_ tags: [String], to existing: [String], removing: Bool) -> [String] {
        let cleaned = tags.map { $0.trimmingCharacters(in: .whitespaces) }
        func has(_ list: [String], _ tag: String) -> Bool {
            list.contains { $0.caseInsensitiveCompare(tag) == .orderedSame }
        }
        if removing { return existing.filter { !has(cleaned, $0) } }
        var result = existing
        for tag in cleaned where !has(result, tag) { result.append(tag) }
        return result
    }
}
