// Which analyser finds a learner's errors, as the learner's screens name it.

/// The analyser as a learner knows it: the built-in rules, or a model by its name. Screens
/// word it in their own language (`Strings.analyserName`); a talk host sends it to its guest.
public enum AnalyserLabel: Codable, Sendable, Hashable {
    /// The built-in rule-based analyser, which needs no network.
    case rules
    /// A language model, by the name its server knows it by.
    case model(String)
}
