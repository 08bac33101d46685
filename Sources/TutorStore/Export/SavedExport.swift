// A learner's saved modules with their schedules and reviews: what every export format reads.

import Foundation
import TutorCore

/// Everything about one saved module: the module, the learner's note and tags, its card
/// and every review.
public struct ExportedModule: Sendable, Hashable {
    public var item: ReviewItem
    public var reviews: [StoredReview]

    public init(item: ReviewItem, reviews: [StoredReview]) {
        self.item = item
        self.reviews = reviews
    }

    public var saved: SavedModule { item.saved }
}

extension ModuleStore {
    /// The learner's saved modules that pass `filter`, oldest save first, each with its
    /// card and reviews: the input of every export.
    public func export(for learnerName: String, filter: SavedModuleFilter = SavedModuleFilter()) throws(StoreError)
        -> [ExportedModule]
    {
        var exported: [ExportedModule] = []
        for item in try reviewItems(for: learnerName).reversed() where filter.matches(item.saved) {
            exported.append(ExportedModule(item: item, reviews: try reviews(ofSavedModule: item.id)))
        }
        return exported
    }
}

/// The JSON export: every field of every module, note, tag, card and review.
public enum JSONExport {
    /// The format's name and version, written at the top of the file.
    public static let format = "chattutor-saved-modules"
    public static let version = 1

    struct Document: Encodable {
        var format = JSONExport.format
        var version = JSONExport.version
        var learner: String
        var modules: [Entry]
    }

    struct Entry: Encodable {
        var id: Int64
        var note: String?
        var tags: [String]
        var savedAt: Date
        var updatedAt: Date
        var schedule: ReviewCard
        var reviewCount: Int
        var reviews: [Review]
        var module: TeachingModule
    }

    struct Review: Encodable {
        var reviewedAt: Date
        var rating: String
        var stateBefore: String
        var problemIndex: Int
        var answeredCorrectly: Bool?
        var schedule: ReviewCard
    }

    /// The export as pretty, key-sorted JSON with ISO 8601 dates.
    public static func render(_ modules: [ExportedModule], learner: String) throws -> Data {
        let entries = modules.map { exported in
            Entry(
                id: exported.saved.id, note: exported.saved.note, tags: exported.saved.tags,
                savedAt: exported.saved.savedAt,
                updatedAt: exported.saved.updatedAt, schedule: exported.item.card,
                reviewCount: exported.item.reviewCount,
                reviews: exported.reviews.map {
                    Review(
                        reviewedAt: $0.entry.reviewedAt, rating: $0.entry.rating.name,
                        stateBefore: $0.entry.stateBefore.name,
                        problemIndex: $0.problemIndex, answeredCorrectly: $0.answeredCorrectly, schedule: $0.entry.card)
                }, module: exported.saved.module)
        }
        // Escaped so that `saved show --format json` and a `cat` of the file command no terminal.
        return TerminalSafeJSON.escaping(try encoder.encode(Document(learner: learner, modules: entries)))
    }

    /// The encoder of every JSON ChatTutor prints about saved modules: pretty, key-sorted,
    /// ISO 8601 dates.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
