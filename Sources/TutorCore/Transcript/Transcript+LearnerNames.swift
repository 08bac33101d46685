// What a report calls a recording's learners: the names the file gives them, else a plain word.

extension Transcript {
    /// The longest learner name kept (as talk mode shows a name): longer ones are cut.
    public static let maximumLearnerNameLength = 20

    /// A learner's name as a file or a talk session gives it, made safe for a terminal and cut
    /// to `maximumLearnerNameLength` characters; empty when nothing printable is left.
    public static func learnerName(_ name: String) -> String {
        String(TextSanitizer.sanitize(name, keepNewlines: false).prefix(maximumLearnerNameLength))
            .trimmingSpacesAndTabs
    }

    /// What a report (`analyze`) calls `speaker`: the learner's name when the file gives one
    /// (`@learner Minho`); else "Learner" when one learner speaks, and "Learner A" and "Learner
    /// B" when two do, so that they stay apart. Other speakers by their `displayName`.
    public func label(for speaker: Speaker) -> String {
        guard speaker.isLearner else { return speaker.displayName }
        if let name = learnerNames[speaker] {
            // Two learners of one name are told apart as the file tells them apart.
            let other = speaker == .learnerA ? Speaker.learnerB : .learnerA
            return learnerNames[other] == name ? "\(name) (\(speaker == .learnerA ? "A" : "B"))" : name
        }
        let learners = Set(lines.map(\.speaker).filter(\.isLearner))
        return learners.count > 1 ? speaker.displayName : "Learner"
    }
}
