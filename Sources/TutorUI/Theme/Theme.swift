// Colours and attributes for each role on screen, loaded from themes/*.toml.

import TerminalKit

/// The styles the app draws with, by role. `mono` uses no colour at all.
public struct Theme: Hashable, Sendable {
    public enum Role: String, CaseIterable, Sendable {
        case text, dim, interviewer, learner
        case learnerB = "learner-b"
        case system, accent, border
        case statusBar = "status-bar"
        case statusAccent = "status-accent"
        case selection, highlight
        case success, error, warning, title, bar
    }

    public var name: String
    public var styles: [Role: CellStyle]

    public init(name: String, styles: [Role: CellStyle]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: Role) -> CellStyle { styles[role] ?? Theme.mono.styles[role] ?? .plain }

    /// No colours: bold, dim, underline and reverse only. Used for NO_COLOR and terminals
    /// without colour, and as the fallback for any role a theme leaves out.
    public static let mono = Theme(
        name: "mono",
        styles: [
            .text: .plain, .dim: CellStyle(dim: true), .interviewer: CellStyle(bold: true), .learner: .plain,
            .learnerB: CellStyle(underline: true), .system: CellStyle(dim: true), .accent: CellStyle(bold: true),
            .border: CellStyle(dim: true), .statusBar: CellStyle(reverse: true),
            .statusAccent: CellStyle(bold: true, reverse: true),
            .selection: CellStyle(reverse: true), .highlight: CellStyle(bold: true, underline: true),
            .success: CellStyle(bold: true),
            .error: CellStyle(bold: true, underline: true), .warning: CellStyle(bold: true),
            .title: CellStyle(bold: true),
            .bar: CellStyle(reverse: true),
        ])

    /// The theme's colours dropped, for NO_COLOR or a monochrome terminal.
    public var monochrome: Theme { Theme(name: "mono", styles: Theme.mono.styles) }
}
