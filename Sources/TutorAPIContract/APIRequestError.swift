// Why the API refuses a request body: what was wrong, in words the client can act on.

/// A request body the API refuses, before any work is done: answered 400 or 413 by the server.
/// The message names the field and the rule, never the text that broke it.
public struct APIRequestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// How the refusal is answered.
    public enum Kind: Sendable, Equatable {
        /// 400 `bad_request`: not the JSON asked for, or a field breaks its rule.
        case badRequest
        /// 413 `too_large`: a text over its length limit.
        case tooLarge
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
