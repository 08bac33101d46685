// Fuzzes the HTTP API's request bodies: decoded and checked as the routes do, without a server.

import Foundation
import TutorAPIContract
import TutorCore

enum APIBodyTarget {
    /// The server's default text limit (`ServerConfiguration.Limits.maximumTextCharacters`).
    private static let maximumTextCharacters = 4_000

    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        // The first byte chooses the route; the rest is the body.
        guard let route = bytes.first else { return }
        let body = Data(bytes.dropFirst())
        do {
            switch route % 3 {
            case 0:
                let request = try APIRequestBody.decode(MessageRequest.self, from: body)
                let (conversationID, userID) = try request.validatedIDs()
                try checkIdentifier(conversationID)
                try checkIdentifier(userID)
                let (speaker, text) = try request.validatedContent(maximumTextCharacters: maximumTextCharacters)
                try FuzzFailure.check([.learnerA, .interviewer].contains(speaker), "speaker \(speaker)")
                try FuzzFailure.check(
                    text.count <= maximumTextCharacters && !TextSanitizer.sanitize(text).isEmpty,
                    "a text accepted out of bounds")
            case 1:
                try checkIdentifier(try APIRequestBody.decode(SaveRequest.self, from: body).validatedModuleID())
            default:
                let request = try APIRequestBody.decode(UpdateRequest.self, from: body)
                try request.validate(maximumNoteCharacters: maximumTextCharacters)
                let tags = request.tags ?? []
                try FuzzFailure.check(tags.count <= UpdateRequest.maximumTagCount, "\(tags.count) tags accepted")
                for tag in tags {
                    try FuzzFailure.check(
                        !tag.isEmpty && tag.count <= UpdateRequest.maximumTagCharacters, "a tag accepted out of bounds")
                    try FuzzFailure.check(
                        TextSanitizer.isClean(tag) && !tag.contains("\n"), "a tag that could command a terminal")
                }
                if let note = request.note {
                    try FuzzFailure.check(
                        note.count <= maximumTextCharacters && TextSanitizer.isClean(note),
                        "a note accepted that is not clean")
                }
            }
        } catch let refusal as APIRequestError {
            // A refusal names the rule, short and printable: never the client's text.
            try FuzzFailure.check(
                refusal.message.count <= 200 && TextSanitizer.isClean(refusal.message),
                "a refusal message that is long or not clean")
        } catch let failure as FuzzFailure {
            throw failure
        } catch {
            throw FuzzFailure("an unexpected error: \(type(of: error))")
        }
    }

    private static func checkIdentifier(_ id: String) throws(FuzzFailure) {
        try FuzzFailure.check((1...128).contains(id.utf8.count), "an id of \(id.utf8.count) bytes accepted")
        try FuzzFailure.check(
            id.utf8.allSatisfy {
                $0 < 0x80
                    && ($0 == 0x2D || $0 == 0x2E || $0 == 0x3A || $0 == 0x5F || Character(Unicode.Scalar($0)).isLetter
                        || Character(Unicode.Scalar($0)).isNumber)
            }, "an id with a character outside the rule")
    }
}
