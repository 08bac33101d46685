// `POST /message`: one message of a conversation, as sent and once checked.

import TutorCore

/// The body of `POST /message`, as sent.
public struct MessageRequest: Decodable, Sendable {
    public var conversationID: String
    public var userID: String
    public var speaker: String
    public var text: String

    enum CodingKeys: String, CodingKey {
        case conversationID = "conversation_id"
        case userID = "user_id"
        case speaker, text
    }

    /// The ids, checked; the route compares `userID` with the token's user before the rest.
    public func validatedIDs() throws(APIRequestError) -> (conversationID: String, userID: String) {
        (
            try APIIdentifier.validate(conversationID, name: "conversation_id"),
            try APIIdentifier.validate(userID, name: "user_id")
        )
    }

    /// The speaker and text, checked: a known speaker, a text within `maximumTextCharacters`
    /// that is not empty once sanitised.
    public func validatedContent(maximumTextCharacters: Int) throws(APIRequestError) -> (speaker: Speaker, text: String)
    {
        let speaker: Speaker
        switch self.speaker {
        case "learner": speaker = .learnerA
        case "interviewer": speaker = .interviewer
        default: throw APIRequestError(.badRequest, "speaker must be \"learner\" or \"interviewer\"")
        }
        guard text.count <= maximumTextCharacters else {
            throw APIRequestError(
                .tooLarge, "text is over \(maximumTextCharacters) characters; split it into several messages")
        }
        guard !TextSanitizer.sanitize(text).isEmpty else {
            throw APIRequestError(.badRequest, "text is empty; send some words")
        }
        return (speaker, text)
    }
}
