// A hash that is the same on every run and machine, for ids derived from content.

import Crypto

/// SHA-256 (swift-crypto) of the text's UTF-8, for content-derived ids and for choosing among
/// items the same way on every run. Not a secret: anyone with the text can recompute it.
public enum StableHash {
    /// The first 64 bits, for picking among items the same way on every run.
    public static func value(_ text: String) -> UInt64 {
        SHA256.hash(data: Array(text.utf8)).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The first 128 bits as 32 lower-case hex digits, for ids derived from content.
    public static func hex(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for byte in SHA256.hash(data: Array(text.utf8)).prefix(16) {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `items` in an order that looks shuffled but is the same on every run for the same
    /// `seed` (practice choices, so the answer is not always first).
    public static func shuffled(_ items: some Sequence<String>, seed: String) -> [String] {
        items.map { (key: hex(seed + $0), item: $0) }.sorted { $0.key < $1.key }.map(\.item)
    }
}
