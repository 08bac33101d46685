// Each rule's own teaching texts, so the validator can tell a module that borrows another's.

import TutorCore

/// Answers the validator's "whose explanation is this?": the tips and the extra example of
/// every rule in templates.json, looked for in a module's explanation and tips.
public struct RuleTeachingIndex: TeachingTextIndex {
    /// Texts that belong to one rule only, by rule id.
    private let textsByRule: [(ruleID: String, texts: [String])]

    public init(resources: RuleResources) {
        let rules = resources.templates.rules
        var counts: [String: Int] = [:]
        var textsByRule: [(String, [String])] = []
        for ruleID in rules.keys.sorted() {
            guard let teaching = rules[ruleID] else { continue }
            var texts = teaching.tips.flatMap { [$0.en, $0.ko] }
            if let example = teaching.example { texts += [example.wrong, example.right] }
            texts = texts.filter { $0.count >= 12 }
            texts.forEach { counts[$0, default: 0] += 1 }
            textsByRule.append((ruleID, texts))
        }
        // A text two rules share says nothing about whose module it is.
        self.textsByRule = textsByRule.map { ($0.0, $0.1.filter { counts[$0] == 1 }) }
    }

    public func foreignRule(in module: TeachingModule) -> String? {
        let shown = ([module.explanation.en, module.explanation.ko] + module.tips.flatMap { [$0.en, $0.ko] })
        for (ruleID, texts) in textsByRule where ruleID != module.focus.ruleID {
            if texts.contains(where: { text in shown.contains { $0.contains(text) } }) { return ruleID }
        }
        return nil
    }
}
