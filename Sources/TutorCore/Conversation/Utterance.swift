// A learner message prepared for analysis: sanitised text, language and context.

/// The language a learner wrote in, decided by script.
public enum Language: String, Codable, Sendable, Hashable {
    case english
    case korean
    case mixed
    /// No letters at all (numbers, punctuation, emoji).
    case none
}

/// One learner message as the analysers see it.
public struct Utterance: Codable, Sendable, Hashable {
    public var conversationID: ConversationID
    public var learner: Speaker
    /// The position of the message in its conversation, counting every speaker from 0.
    public var messageIndex: Int
    /// The message text after sanitising; every span in a finding refers to this text.
    public var text: String
    public var language: Language
    /// Up to three messages (any speaker) that came just before, oldest first.
    public var context: [ContextMessage]

    public init(
        conversationID: ConversationID, learner: Speaker, messageIndex: Int, text: String,
        language: Language, context: [ContextMessage]
    ) {
        self.conversationID = conversationID
        self.learner = learner
        self.messageIndex = messageIndex
        self.text = text
        self.language = language
        self.context = context
    }

    /// Prepares raw message text: sanitised, normalised, with its language detected.
    public init(
        conversationID: ConversationID, learner: Speaker, messageIndex: Int, rawText: String,
        context: [ContextMessage]
    ) {
        let text = TextSanitizer.sanitize(rawText)
        self.init(
            conversationID: conversationID, learner: learner, messageIndex: messageIndex,
            text: text, language: LanguageDetector.detect(text), context: context)
    }
}

/// Learner utterances of one conversation and one learner, analysed together.
public struct Batch: Sendable, Hashable {
    public var conversationID: ConversationID
    public var learner: Speaker
    /// Counts this learner's batches in this conversation from 0.
    public var index: Int
    public var utterances: [Utterance]

    public init(conversationID: ConversationID, learner: Speaker, index: Int, utterances: [Utterance]) {
        self.conversationID = conversationID
        self.learner = learner
        self.index = index
        self.utterances = utterances
    }
}
