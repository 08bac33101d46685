// The analyser's name on the learner's screens, in the interface's language.

import TutorCore

extension Strings {
    /// What the status bar calls `analyser`: "rules (offline)" for the built-in analyser, the
    /// model's own name for a model. The one place both sides of a talk and every chat name it.
    public func analyserName(_ analyser: AnalyserLabel) -> String {
        switch analyser {
        case .rules: self("status.analyser_rules")
        case .model(let name): TextSanitizer.sanitize(name, keepNewlines: false)
        }
    }

    /// What a talk guest's status bar calls the host's analyser while the host analyses the
    /// guest's lines: "host's rules (offline)".
    public func hostAnalyserName(_ analyser: AnalyserLabel) -> String {
        self("status.analyser_on_host", ["name": analyserName(analyser)])
    }
}
