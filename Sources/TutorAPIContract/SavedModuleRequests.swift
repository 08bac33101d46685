// `POST /user_modules/save` and `PUT /user_modules/{module_id}`: the bodies and their checks.

import TutorCore

/// The body of `POST /user_modules/save`.
public struct SaveRequest: Decodable, Sendable {
    public var moduleID: String
    enum CodingKeys: String, CodingKey { case moduleID = "module_id" }

    /// The module id, checked.
    public func validatedModuleID() throws(APIRequestError) -> String {
        try APIIdentifier.validate(moduleID, name: "module_id")
    }
}

/// The body of `PUT /user_modules/{module_id}`: a missing field keeps its value.
public struct UpdateRequest: Decodable, Sendable {
    public var note: String?
    public var tags: [String]?

    /// The most tags a saved module may have, and the longest tag.
    public static let maximumTagCount = 50
    public static let maximumTagCharacters = 100

    /// Checks the fields that are present. Tags and notes are printed by `chattutor saved` on
    /// terminals: nothing that could command one is stored.
    public func validate(maximumNoteCharacters: Int) throws(APIRequestError) {
        if let tags,
            tags.count > Self.maximumTagCount
                || tags.contains(where: { $0.isEmpty || $0.count > Self.maximumTagCharacters })
        {
            throw APIRequestError(
                .badRequest, "tags: at most \(Self.maximumTagCount), each 1–\(Self.maximumTagCharacters) characters")
        }
        if let tags, tags.contains(where: { $0.unicodeScalars.contains(where: TextSanitizer.isUnsafe) }) {
            throw APIRequestError(
                .badRequest, "tags: control characters and escape sequences are not allowed; remove them")
        }
        if let note, note.count > maximumNoteCharacters {
            throw APIRequestError(.tooLarge, "the note is over \(maximumNoteCharacters) characters")
        }
        if let note, !TextSanitizer.isClean(note) {
            throw APIRequestError(
                .badRequest,
                "note: control characters and escape sequences are not allowed (line breaks are); remove them")
        }
    }
}
