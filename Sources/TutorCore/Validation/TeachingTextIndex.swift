// What the validator asks of a generator's texts: whose rule an explanation belongs to.

/// Knows each rule's own teaching texts (explanations, tips, examples), so the validator can
/// refuse a module that explains with another rule's words.
public protocol TeachingTextIndex: Sendable {
    /// The id of another rule whose example or tip the module shows, or nil when none.
    func foreignRule(in module: TeachingModule) -> String?
}
