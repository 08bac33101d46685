// Builds the built-in analyser and generator once, with an error a user can act on.

import TutorCore
import TutorRules

/// The real analysis parts every command uses.
public struct BuiltinParts: Sendable {
    public let analyser: BuiltinAnalyser
    public let generator: TemplateModuleGenerator

    /// The analyser's identifier, for the status bar before its data has loaded (a test
    /// checks it against the loaded analyser's).
    public static let analyserName = "builtin-rules/1"

    public init() throws(UserError) {
        do {
            let resources = try RuleResources.load()
            analyser = try BuiltinAnalyser(resources: resources)
            generator = TemplateModuleGenerator(analyser: analyser)
        } catch {
            throw UserError.internalError("the built-in analyser cannot start: \(error)")
        }
    }

    /// Reads a learner's practice answer, for the grader (`ChatEffects.analyseAnswer`).
    public var answerAnalyser: AnswerAnalyser {
        let analyser = analyser
        return { text in analyser.findings(in: text) }
    }

    /// A validator that re-checks corrected sentences with the same analyser.
    public var validator: ModuleValidator {
        let analyser = analyser
        let generator = generator
        return ModuleValidator(
            recheck: { analyser.findings(in: $0) }, teachingTexts: RuleTeachingIndex(resources: analyser.resources),
            wrongChoice: { generator.isWrongChoice($0, in: $1, answer: $2) })
    }
}
