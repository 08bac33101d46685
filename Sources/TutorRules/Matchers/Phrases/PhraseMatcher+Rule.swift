// A phrase matcher built from a rule's pattern and replacements in rules.json.

extension PhraseMatcher {
    /// The rule's phrase matcher; a rule whose pattern or replacements are missing is refused.
    init(rule: RuleDefinition, lexicon: Lexicon) throws(RuleDataError) {
        guard let pattern = rule.pattern, let replacements = rule.replacements else {
            throw RuleDataError.malformed(
                file: "rules.json", detail: "phrase rule \(rule.id) needs a pattern and replacements")
        }
        try self.init(
            pattern: pattern, replacements: replacements,
            deletionKeepsWordBefore: rule.deletionKeepsWordBefore ?? false, lexicon: lexicon)
    }
}
