// Each stage's reading of a model's answer, on the answer's text alone: for the fuzz target.

import TutorCore

/// What each LLM stage makes of a model's answer text, without a client or a server: the same
/// decoding and checks the stages run. SPI for the fuzz target (Tests/Fuzz), which feeds it
/// hostile answers; the stages themselves call the pieces directly.
@_spi(Fuzzing) public enum StageAnswers {
    /// The analyser's findings for `batch`, each checked against its utterance.
    public static func analysed(_ content: String, batch: Batch) throws(LLMError) -> [AnalysedUtterance] {
        LLMAnalyser.accept(try LLMClient.decodeAnswer(content, as: LLMAnalyser.Answer.self), in: batch).analysed
    }

    /// The focus selector's picks from `pool`.
    public static func picks(_ content: String, pool: [TeachingCandidate], limit: Int) throws(LLMError)
        -> [TeachingCandidate]
    {
        LLMFocusSelector.picks(
            from: try LLMClient.decodeAnswer(content, as: LLMFocusSelector.Answer.self), pool: pool, limit: limit
        ).picks
    }

    /// The generator's module for `candidate`, assembled from the model's words.
    public static func module(_ content: String, candidate: TeachingCandidate) throws -> TeachingModule {
        let answer = try LLMClient.decodeAnswer(content, as: LLMModuleGenerator.Answer.self)
        return try ModuleAssembly(
            candidate: candidate, sentences: CandidateSentences(candidate), answer: answer, generator: "fuzz",
            analyser: "fuzz"
        ).module()
    }

    /// The judge's verdict.
    public static func verdict(_ content: String) throws(LLMError) -> JudgeVerdict {
        LLMJudge.verdict(from: try LLMClient.decodeAnswer(content, as: LLMJudge.Answer.self))
    }
}
