// A token's word looked up in plain collections of words, as in the word sets and maps.

extension Sequence<String> {
    /// Whether the words hold the token's lower case: `contains(token.lower)`, so that a rule
    /// can write `contains(token)` whatever its collection (a `WordSet` looks the word up by the
    /// hash the token keeps instead).
    func contains(_ token: Token) -> Bool { contains(token.lower) }
}

extension Dictionary where Key == String {
    /// The value for the token's lower case: `self[token.lower]` (a `WordMap` looks the word
    /// up by the hash the token keeps instead).
    subscript(token: Token) -> Value? { self[token.lower] }
}
