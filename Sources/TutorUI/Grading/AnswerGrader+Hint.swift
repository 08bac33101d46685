// What review says of a self-rated rewrite beside its model answer.

extension AnswerGrader.Grade {
    /// The grader's reading of a rewrite the learner rates themself, as a hint under the model
    /// answer: "(yours matches it)", "Right for this lesson. …"; nil when it is not right, so a
    /// hint never tells a learner their rewrite is wrong where they judge it.
    public func rewriteHint(_ strings: Strings) -> String? {
        switch self {
        case .correct, .correctWithTypo: strings("review.yours_matches")
        case .taughtErrorFixed(let full): strings("review.right_for_lesson", ["full": full])
        case .taughtErrorFixedWithChanges(let changes):
            strings("review.right_with_changes", ["unchecked": changes.uncheckedNote(strings)])
        case .taughtErrorFixedWithErrors(_, let corrections):
            strings("review.right_with_changes", ["unchecked": corrections.foundNote(strings)])
        case .incorrect: nil
        }
    }
}
