// FNV-1a as a running state, for hashing the tagger's features without building strings.

/// 64-bit FNV-1a over bytes, as a running state, so that a feature's fixed prefix ("w ",
/// "t1w NN ") is hashed once and each word's bytes continue from it. The same function as
/// `HashedWordTable.hash` (a test checks they agree), fed byte slices: a suffix feature may cut
/// a character in two, as the training script's does.
struct FeatureHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    init() {}

    init(_ text: String) { append(Array(text.utf8)) }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
    }

    mutating func append(_ bytes: [UInt8]) { append(bytes[...]) }

    mutating func append(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }

    /// The hash of this prefix followed by `bytes`.
    func continued(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var copy = self
        copy.append(bytes)
        return copy.value
    }

    func continued(_ bytes: [UInt8]) -> UInt64 { continued(bytes[...]) }
}
