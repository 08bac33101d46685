// How the scripted interviewer answers a question the learner asked: the learner's own
// question, not the one the script expected. "Do you play any games?" gets an answer about
// games whatever the interviewer asked last; "What about you?" gets the script's answer to its
// own question; a question no topic knows gets a neutral, honest line.

extension ScriptedInterview {
    /// The lines that may answer `question`, asked while the script's question `current` is
    /// open, best first (the caller says the first not said yet):
    ///
    /// 1. when the question is the interviewer's own turned back ("What about you?", "And you?",
    ///    a question on the same topic, or one that uses a word of it), the script's `ask-back`
    ///    lines under that question;
    /// 2. the topic's answer for the question's shape (`InterviewTopics`): the learner's topic,
    ///    or for a question turned back, the topic of the interviewer's question;
    /// 3. the script's script-wide `ask-back` lines, then the topics' neutral lines.
    func answers(to question: LearnerQuestion, at current: Int) -> [String] {
        let interviewerWords = LearnerAnswer.foldedWords(in: questions[current].text)
        let askedTopic = topics.topic(askedIn: question.words)
        let interviewerTopic = topics.topic(askedIn: interviewerWords)
        let isTurnedBack =
            if let askedTopic {
                askedTopic == interviewerTopic
            } else {
                question.turnsQuestionBack || question.sharesContent(with: interviewerWords)
            }
        var lines: [String] = []
        if isTurnedBack { lines += questions[current].followUps.filter { $0.trigger == .askBack }.map(\.text) }
        if let topic = askedTopic ?? (isTurnedBack ? interviewerTopic : nil) {
            // "What about you?" asks what the interviewer asked: "What's your favourite food?".
            let shape =
                askedTopic == nil && question.shape == .answer
                ? LearnerQuestion.shape(of: interviewerWords) : question.shape
            lines += topic.answers(for: shape)
        }
        lines += generalFollowUps.filter { $0.trigger == .askBack }.map(\.text)
        return lines + topics.neutralLines
    }
}
