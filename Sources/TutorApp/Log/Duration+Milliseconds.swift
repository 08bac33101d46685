// Durations as milliseconds with one decimal, as the log and the reports print them.

extension Duration {
    /// Milliseconds with one decimal, for reports.
    public var milliseconds: Double {
        let (seconds, attoseconds) = components
        return ((Double(seconds) * 1000 + Double(attoseconds) / 1e15) * 10).rounded() / 10
    }
}
