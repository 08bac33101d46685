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

    /// Every rule's teaching texts, for the validator (empty in parts that do not teach).
    private let teachingTexts: RuleTeachingIndex

    /// - Parameter teaching: whether these parts will write modules. Those that do read
    ///   templates.json now, so a malformed file stops the command as it starts. Those that
    ///   do not (`check`) skip it, an eighth of their start-up: their generator reads it only
    ///   when asked for a module (and throws its error then), and their validator knows no
    ///   rule's texts.
    public init(teaching: Bool = true) throws(UserError) {
        do {
            let resources = try RuleResources.load()
            analyser = try BuiltinAnalyser(resources: resources)
            generator = TemplateModuleGenerator(analyser: analyser)
            teachingTexts = teaching ? try RuleTeachingIndex(resources: resources) : RuleTeachingIndex()
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
            recheck: { analyser.findings(in: $0) }, teachingTexts: teachingTexts,
            wrongChoice: { generator.isWrongChoice($0, in: $1, answer: $2) })
    }
}
