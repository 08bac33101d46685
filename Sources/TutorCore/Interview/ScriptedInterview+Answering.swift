// How the scripted interviewer answers a question the learner asked: the learner's own
// question, not the one the script expected. "Do you play any games?" gets an answer about
// games whatever the interviewer asked last; "What about you?" gets the script's answer to its
// own question; a question no topic knows gets a neutral, honest line; "Really?" gets none.

extension ScriptedInterview {
    /// The lines that may answer `question`, asked while the script's question `current` is
    /// open, best first (the caller says the first not said yet):
    ///
    /// 1. for a question to the interviewer on a topic ("Do you play any games?"), the topic's
    ///    answer for the question's shape (`InterviewTopics`);
    /// 2. when the question is the interviewer's own turned back ("What about you?", "And you?",
    ///    one on the same topic, or one that uses a word of it), the script's `ask-back` lines
    ///    under that question, then the answer on the topic of the interviewer's question;
    /// 3. the script's script-wide `ask-back` lines, then the topics' neutral lines.
    ///
    /// A reaction ("Really?", "Why?") asks nothing to answer.
    func answers(to question: LearnerQuestion, at current: Int) -> [String] {
        if question.isReaction { return [] }
        let interviewerWords = LearnerAnswer.foldedWords(in: questions[current].text)
        // A topic only for a question about the interviewer: "Is it cold here in winter?" and
        // "How many people work there?" are not about what the interviewer likes or does.
        let askedTopic = question.asksAboutInterviewer ? topics.topic(askedIn: question.topicWords) : nil
        let interviewerTopic = topics.topic(askedIn: interviewerWords)
        var lines = askedTopic?.answers(for: question.shape) ?? []
        let isTurnedBack =
            if let askedTopic {
                askedTopic == interviewerTopic
            } else {
                question.turnsQuestionBack || question.sharesContent(with: interviewerWords)
            }
        if isTurnedBack {
            lines += questions[current].followUps.filter { $0.trigger == .askBack }.map(\.text)
            // "What about you?" asks what the interviewer asked: "What's your favourite food?".
            let shape = question.shape == .answer ? LearnerQuestion.shape(of: interviewerWords) : question.shape
            lines += interviewerTopic?.answers(for: shape) ?? []
        }
        lines += generalFollowUps.filter { $0.trigger == .askBack }.map(\.text)
        return (lines + topics.neutralLines).compactMap(withName)
    }

    /// `line` with the interviewer's name for `{name}`; nil when it needs a name and there is none.
    private func withName(_ line: String) -> String? {
        guard line.contains("{name}") else { return line }
        return interviewerName.map { line.replacing("{name}", with: $0) }
    }
}
