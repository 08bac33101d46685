// A practice answer the grader wants the analyser to read before it grades it.

/// A rewrite waiting for the analyser: which module's problem, and the text typed. The chat
/// and the plain mode send it out (`AppEffect.checkAnswer`) when `AnswerGrader.needsAnalysis`
/// says the findings could change the grade, and grade the answer when they come back
/// (`AppEvent.answerChecked`), so the reducer stays pure and TutorUI never calls the analyser.
public struct AnswerCheck: Hashable, Sendable {
    public var moduleID: String
    public var problemIndex: Int
    public var text: String

    public init(moduleID: String, problemIndex: Int, text: String) {
        self.moduleID = moduleID
        self.problemIndex = problemIndex
        self.text = text
    }
}
