// The scripted interviewer's choice of what to say next, from the script and the learner's
// last message: pure and deterministic, so a conversation can be replayed in a test.

/// Where a scripted interview is and what it says next (docs/transcript-format.md).
///
/// The script's questions come in order. Before moving on, a reply to the learner may be:
/// help for a learner who does not know what to say or did not understand (`dont-know`), a
/// prompt to try in English (`not-english`), an answer to a question the learner asked
/// (put before what follows: `ScriptedInterview+Answering.swift`), a reply to a request or a
/// price question (`request [...]`, `price [...]`), a follow-up on a keyword the
/// learner used (`followup [...]`, `followup wish [...]`, `followup fact [...]`, then the
/// topics' hobby follow-ups), or a prompt to say more after a very short answer
/// (`short-answer`, once per question). A question the learner has answered before it comes
/// (`answered [...]`: "Last weekend I went hiking" before "What did you do last weekend?"; or
/// `answered request [...]`: "I'll have the pasta" before "What would you like to order?") is
/// skipped. The current question's own lines come first, then the
/// script-wide ones (written before the first question), each in file order. No line is said twice (but a learner who did not understand and has no help left hears
/// the question once more, and a request that every fitting line has answered gets the one said longest ago), and at most `maximumExtraTurnsPerQuestion` follow-ups and
/// prompts delay the next question.
public struct ScriptedInterview: Sendable, Hashable {
    /// A question of the script with the lines that may follow it.
    public struct Question: Sendable, Hashable {
        public var text: String
        public var followUps: [Transcript.FollowUp]
        /// Words that answer the question before it is asked (`answered [...]`): a learner who
        /// stated one is not asked it.
        public var answeredBy: [Keyword]
        /// Words that answer the question when the learner asks for one (`answered request
        /// [...]`): "I'll have the pasta" answers "What would you like to order?".
        public var answeredByRequest: [Keyword]

        public init(
            text: String, followUps: [Transcript.FollowUp] = [], answeredBy: [Keyword] = [],
            answeredByRequest: [Keyword] = []
        ) {
            self.text = text
            self.followUps = followUps
            self.answeredBy = answeredBy
            self.answeredByRequest = answeredByRequest
        }
    }

    /// Follow-ups and prompts at most between two of the script's questions, so the
    /// interview moves on however much the learner writes.
    public static let maximumExtraTurnsPerQuestion = 2

    public let questions: [Question]
    /// Lines for any question (those written before the script's first question).
    public let generalFollowUps: [Transcript.FollowUp]
    /// What the interviewer says about topics the learner asks about, and its hobby follow-ups.
    public let topics: InterviewTopics
    /// The interviewer's name, for a topic's `{name}` ("What's your name?"); nil when the
    /// script's persona names nobody.
    public let interviewerName: String?
    /// The index of the question asked last; nil before the first.
    public private(set) var currentQuestion: Int?
    private var extraTurnsOnCurrentQuestion = 0
    private var repeatedCurrentQuestion = false
    private var said: Set<String> = []
    /// When each line was last said (a count of lines said), for a reply to a request that
    /// every fitting line has answered already: the one said longest ago is said again.
    private var lastSaid: [String: Int] = [:]
    private var linesSaid = 0
    /// The questions still to come that the learner has answered already: they are skipped.
    private var answeredEarly: Set<Int> = []

    public init(
        questions: [Question], generalFollowUps: [Transcript.FollowUp] = [], topics: InterviewTopics = .none,
        interviewerName: String? = nil
    ) {
        self.questions = questions
        self.generalFollowUps = generalFollowUps
        self.topics = topics
        self.interviewerName = interviewerName
    }

    /// A plain list of questions, said in order whatever the learner writes.
    public init(questions: [String]) {
        self.init(questions: questions.map { Question(text: $0) })
    }

    /// The interview of a script: its interviewer lines and their follow-ups, and the topics
    /// it answers questions on (`InterviewTopics.shipped()` in the app).
    public init(_ transcript: Transcript, topics: InterviewTopics = .none) {
        self.init(
            questions: transcript.lines.filter { $0.speaker == .interviewer }.map {
                Question(
                    text: $0.text, followUps: $0.followUps, answeredBy: $0.answeredBy,
                    answeredByRequest: $0.answeredByRequest)
            },
            generalFollowUps: transcript.generalFollowUps, topics: topics,
            interviewerName: transcript.persona.flatMap(Self.name(inPersona:)))
    }

    /// The name a persona starts with: "Sam, a friendly new neighbour" is Sam, "Ms. Park, an
    /// English teacher" Ms. Park; "a waiter at a busy family restaurant" names nobody.
    static func name(inPersona persona: String) -> String? {
        guard let comma = persona.firstIndex(of: ",") else { return nil }
        let name = String(persona[..<comma]).trimmingSpacesAndTabs
        let words = name.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return name
    }

    /// Whether the last question has been asked: nothing more will be said.
    public var isFinished: Bool { nextQuestionIndex == nil }

    /// What the interviewer says next: the first question when `learnerMessage` is nil,
    /// otherwise the reply to it. Nil once the interview is finished.
    ///
    /// What the learner means comes before the words they used: a learner who is lost or
    /// unsure gets help (`dont-know`), one who wrote in Korean a prompt in English
    /// (`not-english`); then a question the learner asked is answered, then a keyword
    /// follow-up in the right mood is said, or a prompt to say more after a very short answer.
    public mutating func nextLine(after learnerMessage: String?) -> String? {
        guard !isFinished else { return nil }
        guard let learnerMessage, let current = currentQuestion else { return askNextQuestion() }
        let answer = LearnerAnswer(learnerMessage)
        noteQuestionsAnswered(by: answer, after: current)
        let mayHoldUp = extraTurnsOnCurrentQuestion < Self.maximumExtraTurnsPerQuestion
        if answer.isLost || (answer.isNotEnglish && answer.isUnsure) {
            // Lost: an easier way to ask, else the question once more (what a teacher does after
            // "Sorry?"), else move on; never a prompt to say more.
            if let help = extraTurn(mayHoldUp ? take(from: current) { $0 == .dontKnow } : nil) { return help }
            if answer.isLost, mayHoldUp, !repeatedCurrentQuestion {
                repeatedCurrentQuestion = true
                extraTurnsOnCurrentQuestion += 1
                return questions[current].text
            }
            return askNextQuestion()
        }
        if answer.isNotEnglish {
            return extraTurn(mayHoldUp ? take(from: current) { $0 == .notEnglish } : nil) ?? askNextQuestion()
        }
        let mentionsKeyword = { (trigger: Transcript.FollowUp.Trigger) -> Bool in
            if case .keywords(let keywords, let mood) = trigger {
                keywords.contains { answer.mentions($0, mood: mood) }
            } else {
                false
            }
        }
        // A request the question's own follow-up takes up answers it ("Can I have some water?"
        // at "Can I get you something to drink?"): the follow-up replies, not a `request` line.
        let answersQuestion =
            mayHoldUp
            && questions[current].followUps.contains { !said.contains($0.text) && mentionsKeyword($0.trigger) }
        let reply = answersQuestion ? nil : takeReplyToRequest(answer, at: current, mayHoldUp: mayHoldUp)
        let question = reply == nil ? answer.question : answer.questionBesidesRequests
        let lead = question.flatMap { takeFirstUnsaid(answers(to: $0, at: current)) }
        if let reply, reply.hasSuffix("?") {
            // "Of course! What would you like to know?" waits for the learner's answer.
            extraTurnsOnCurrentQuestion += 1
            return joined(lead, reply)
        }
        if let reply {
            return joined(joined(reply, lead), nextAfterRequest(answer, at: current, mentionsKeyword: mentionsKeyword))
        }
        if mayHoldUp {
            let followUp = take(from: current, where: mentionsKeyword)
            if let followUp = extraTurn(followUp) { return joined(lead, followUp) }
            if answer.isUnsure, let help = extraTurn(take(from: current, where: { $0 == .dontKnow })) {
                return joined(lead, help)
            }
            // Only after the question itself: a short reply to a follow-up ("Shrimp and crab.")
            // answers it.
            if !answer.isQuestion, !answer.isUnsure, !answer.makesRequest, answer.isShort,
                extraTurnsOnCurrentQuestion == 0,
                let prompt = extraTurn(take(from: current, where: { $0 == .shortAnswer }))
            {
                return prompt
            }
        }
        return joined(lead, askNextQuestion())
    }

    /// The script's reply to a price question or a request in `answer` (`price` and `request`
    /// lines, the question's own first, then the script-wide ones, each in file order, a request
    /// line whose keyword names the thing asked for first: `LearnerAnswer.namesAskedThing`), marked
    /// as said; nil when none fits. A line that asks something back ("Sure! What would you like
    /// to know?") is said only while the next question may still wait.
    private mutating func takeReplyToRequest(_ answer: LearnerAnswer, at current: Int, mayHoldUp: Bool) -> String? {
        let candidates = questions[current].followUps + generalFollowUps
        let fitting = candidates.filter { line in
            guard mayHoldUp || !line.text.hasSuffix("?") else { return false }
            switch line.trigger {
            case .price(let keywords):
                return keywords.isEmpty ? answer.asksPrice() : keywords.contains { answer.asksPrice(of: $0) }
            case .request(let keywords):
                return keywords.isEmpty ? answer.makesRequest : keywords.contains(where: answer.asksFor)
            default: return false
            }
        }
        // A price question is answered before a request in the same message. Of the request
        // lines, one whose keyword names the thing asked for ("a steak knife", "some salt for my
        // soup") comes first; when one does, a line whose keyword only occurs in the request
        // (`steak`, `soup`) is not said at all, even when the naming line has been: a second
        // "some salt for my soup" gets a line for any request, not "I'll tell the kitchen".
        let prices = fitting.filter { if case .price = $0.trigger { true } else { false } }
        let naming = fitting.filter { line in
            guard case .request(let keywords) = line.trigger else { return false }
            return keywords.contains(where: answer.namesAskedThing)
        }
        let rest = fitting.filter { line in
            guard !naming.isEmpty, case .request(let keywords) = line.trigger else { return true }
            return keywords.isEmpty
        }
        // A waiter answers every request: when each fitting line has been said, the one said
        // longest ago is said again ("Could I have another spoon?" after the napkin, the fork…).
        let lines = (prices + naming + rest).map(\.text)
        return takeFirstUnsaid(lines) ?? takeSaidLongestAgo(lines)
    }

    /// Of `lines` (all said before), the one said longest ago; marked as said now.
    private mutating func takeSaidLongestAgo(_ lines: [String]) -> String? {
        guard let line = lines.min(by: { lastSaid[$0, default: 0] < lastSaid[$1, default: 0] }) else { return nil }
        markSaid(line)
        return line
    }

    private mutating func markSaid(_ line: String) {
        said.insert(line)
        linesSaid += 1
        lastSaid[line] = linesSaid
    }

    /// What follows the reply to a request: a follow-up the rest of the message calls for, or
    /// the next question.
    private mutating func nextAfterRequest(
        _ answer: LearnerAnswer, at current: Int, mentionsKeyword: (Transcript.FollowUp.Trigger) -> Bool
    ) -> String? {
        let mayHoldUp = extraTurnsOnCurrentQuestion < Self.maximumExtraTurnsPerQuestion
        if mayHoldUp, let followUp = extraTurn(take(from: current, where: mentionsKeyword)) { return followUp }
        return askNextQuestion()
    }

    /// Counts `line`, when there is one, as a turn that holds up the next question.
    private mutating func extraTurn(_ line: String?) -> String? {
        if line != nil { extraTurnsOnCurrentQuestion += 1 }
        return line
    }

    private var nextQuestionIndex: Int? {
        let start = currentQuestion.map { $0 + 1 } ?? 0
        return questions.indices[start...].first { !said.contains(questions[$0].text) && !answeredEarly.contains($0) }
    }

    /// Marks the questions after `current` whose `answeredBy` words the learner has stated, or
    /// whose `answeredByRequest` words the learner has asked for: "Last weekend I went hiking"
    /// answers "What did you do last weekend?" before it comes, "Can I have a steak?" answers
    /// "What would you like to order?".
    private mutating func noteQuestionsAnswered(by answer: LearnerAnswer, after current: Int) {
        for index in questions.indices.dropFirst(current + 1) where !answeredEarly.contains(index) {
            let question = questions[index]
            if question.answeredBy.contains(where: answer.states)
                || question.answeredByRequest.contains(where: answer.requests)
            {
                answeredEarly.insert(index)
            }
        }
    }

    private mutating func askNextQuestion() -> String? {
        guard let index = nextQuestionIndex else { return nil }
        currentQuestion = index
        extraTurnsOnCurrentQuestion = 0
        repeatedCurrentQuestion = false
        said.insert(questions[index].text)
        return questions[index].text
    }

    /// The first unsaid line of the question's own, then of the general ones, then of the
    /// topics' follow-ups, whose trigger fits; marked as said.
    private mutating func take(from question: Int, where fits: (Transcript.FollowUp.Trigger) -> Bool) -> String? {
        let candidates = questions[question].followUps + generalFollowUps + topics.followUps
        return takeFirstUnsaid(candidates.filter { fits($0.trigger) }.map(\.text))
    }

    /// The first of `lines` not said yet; marked as said.
    private mutating func takeFirstUnsaid(_ lines: some Sequence<String>) -> String? {
        guard let line = lines.first(where: { !said.contains($0) }) else { return nil }
        markSaid(line)
        return line
    }

    private func joined(_ lead: String?, _ rest: String?) -> String? {
        guard let lead else { return rest }
        guard let rest else { return lead }
        return lead + " " + rest
    }
}
