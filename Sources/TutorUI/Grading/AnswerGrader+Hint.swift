// What review says of a self-rated rewrite beside its model answer.

extension AnswerGrader.Grade {
    /// What a right-for-the-lesson grade says of the learner's own changes: unchecked ones
    /// ("Your other change … is not checked here.") or the analyser's findings in them ("But fix
    /// this too: …"); nil for any other grade.
    public func ownChangesNote(_ strings: Strings) -> String? {
        switch self {
        case .taughtErrorFixedWithChanges(let changes): changes.uncheckedNote(strings)
        case .taughtErrorFixedWithErrors(_, let corrections): corrections.foundNote(strings)
        case .correct, .correctWithTypo, .taughtErrorFixed, .incorrect: nil
        }
    }

    /// The grader's reading of a rewrite the learner rates themself, as a hint under the model
    /// answer: "(yours matches it)", "Right for this lesson. …"; nil when it is not right, so a
    /// hint never tells a learner their rewrite is wrong where they judge it.
    public func rewriteHint(_ strings: Strings) -> String? {
        switch self {
        case .correct, .correctWithTypo: strings("review.yours_matches")
        case .taughtErrorFixed(let full): strings("review.right_for_lesson", ["full": full])
        case .taughtErrorFixedWithChanges, .taughtErrorFixedWithErrors:
            strings("review.right_with_changes", ["unchecked": ownChangesNote(strings) ?? ""])
        case .incorrect: nil
        }
    }
}
