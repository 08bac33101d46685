// How an answer is echoed beside its problem: a multiple choice by its number and its words.

import TutorCore

extension Problem {
    /// `answer` as it is shown back beside the problem: a multiple choice answered by its
    /// number ("2") or its words ("going") as "(2) going", so the learner sees what they chose;
    /// any other answer as typed.
    public func shownAnswer(_ answer: String) -> String {
        guard kind == .multipleChoice, let choices else { return answer }
        let typed = answer.trimmedSpaces
        if let number = Int(typed), choices.indices.contains(number - 1) {
            return "(\(number)) \(choices[number - 1])"
        }
        guard let index = choices.firstIndex(where: { $0.trimmedSpaces.lowercased() == typed.lowercased() }) else {
            return answer
        }
        return "(\(index + 1)) \(choices[index])"
    }
}
