// The measured figures that rank what modules teach (Resources/ranking/).

import Foundation
import TutorCore

/// How likely each rule is to be right and how common each error is for Korean learners:
/// measured on the shared learner sets by `scripts/rule-stats --write` and
/// `scripts/gen-korean-error-share.py`, and handed to the engine's `Clusterer`.
public struct TeachingRanking: Sendable {
    /// Smoothed correction precision by rule id.
    public let rulePrecision: [String: Double]
    /// Share of Korean learners' errors by ERRANT category, relative to the mean category.
    public let koreanErrorShare: [String: Double]

    init(directory: URL) throws(RuleDataError) {
        var precision: [String: Double] = [:]
        for row in try DataFile.rows(directory.appendingPathComponent("rule-precision.tsv"), columns: 4) {
            precision[row[0]] = Double(row[3])
        }
        var share: [String: Double] = [:]
        for row in try DataFile.rows(directory.appendingPathComponent("korean-error-share.tsv"), columns: 3) {
            share[row[0]] = Double(row[2])
        }
        rulePrecision = precision
        koreanErrorShare = share
    }

    /// A clusterer that ranks by these figures.
    public var clusterer: Clusterer {
        Clusterer(rulePrecision: rulePrecision, koreanErrorShare: koreanErrorShare)
    }
}
