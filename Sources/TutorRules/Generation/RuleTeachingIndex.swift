// Each rule's own teaching texts, so the validator can tell a module that borrows another's.

import TutorCore

/// Answers the validator's "whose explanation is this?": the tips and the extra example of
/// every rule in templates.json, looked for in a module's explanation and tips.
///
/// Every module the engine makes is checked against some thousand texts, so they are found
/// by their first eight UTF-8 bytes: one table lookup per byte of the module's text, and a
/// comparison only where a text could start. (`String.contains` went through Foundation's
/// Unicode-folding search, once per text and shown string: three quarters of the CPU of
/// `analyze`.) A borrowed text is a verbatim copy of the template's, so bytes are compared.
public struct RuleTeachingIndex: TeachingTextIndex {
    private struct Entry: Sendable {
        let ruleID: String
        let bytes: [UInt8]
    }

    private static let keyLength = 8

    /// Texts that belong to one rule only, by their first `keyLength` bytes.
    private let byKey: [UInt64: [Entry]]

    /// An index of no texts, for parts that write no modules.
    public init() {
        byKey = [:]
    }

    /// Reads templates.json (`RuleResources.templates()`): throws its error when it is
    /// unreadable or malformed.
    public init(resources: RuleResources) throws(RuleDataError) {
        let rules = try resources.templates().rules
        var counts: [String: Int] = [:]
        var textsByRule: [(String, [String])] = []
        for (ruleID, teaching) in rules {
            var texts = teaching.tips.flatMap { [$0.en, $0.ko] }
            if let example = teaching.example { texts += [example.wrong, example.right] }
            texts = texts.filter { $0.count >= 12 }
            texts.forEach { counts[$0, default: 0] += 1 }
            textsByRule.append((ruleID, texts))
        }
        var byKey: [UInt64: [Entry]] = [:]
        for (ruleID, texts) in textsByRule {
            // A text two rules share says nothing about whose module it is.
            for text in texts where counts[text] == 1 {
                let bytes = Array(text.utf8)
                guard let key = Self.key(bytes, at: 0) else { continue }
                byKey[key, default: []].append(Entry(ruleID: ruleID, bytes: bytes))
            }
        }
        self.byKey = byKey
    }

    /// The rule whose text the module shows, when it is not the module's own; of several, the
    /// first by rule id.
    public func foreignRule(in module: TeachingModule) -> String? {
        let shown = [module.explanation.en, module.explanation.ko] + module.tips.flatMap { [$0.en, $0.ko] }
        var found: String?
        for text in shown {
            let bytes = Array(text.utf8)
            var start = 0
            while let key = Self.key(bytes, at: start) {
                for entry in byKey[key] ?? [] where entry.ruleID != module.focus.ruleID {
                    if let earlier = found, earlier <= entry.ruleID { continue }
                    if bytes[start...].starts(with: entry.bytes) { found = entry.ruleID }
                }
                start += 1
            }
        }
        return found
    }

    /// The `keyLength` bytes at `start`, as one number; nil when fewer are left.
    private static func key(_ bytes: [UInt8], at start: Int) -> UInt64? {
        guard start + keyLength <= bytes.count else { return nil }
        var key: UInt64 = 0
        for index in start..<start + keyLength { key = key << 8 | UInt64(bytes[index]) }
        return key
    }
}
