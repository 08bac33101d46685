// Maps cell styles to ncurses attributes and colour pairs, allocating pairs on demand.

import CNcursesw
import TerminalKit

/// Colour pairs allocated as styles need them. Indexed colours beyond what the terminal
/// has fall back to the nearest of the 8 (or 16) ANSI colours.
struct ColorPairs {
    private var pairs: [PairKey: Int16] = [:]
    private let colorCount: Int32
    private let pairLimit: Int32

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(colorCount: Int32 = 0, pairLimit: Int32 = 0) {
        self.colorCount = colorCount
        self.pairLimit = min(pairLimit, Int32(Int16.max))
    }

    mutating func attributes(for style: CellStyle, useColor: Bool) -> (attr_t, Int16) {
        var attributes = ct_a_normal()
        if style.bold { attributes |= ct_a_bold() }
        if style.dim { attributes |= ct_a_dim() }
        if style.underline { attributes |= ct_a_underline() }
        if style.reverse { attributes |= ct_a_reverse() }
        guard useColor else { return (attributes, 0) }
        let key = PairKey(foreground: number(for: style.foreground), background: number(for: style.background))
        if key.foreground == -1 && key.background == -1 { return (attributes, 0) }
        if let pair = pairs[key] { return (attributes, pair) }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < pairLimit else { return (attributes, 0) }
        init_pair(next, key.foreground, key.background)
        pairs[key] = next
        return (attributes, next)
    }

    /// The ncurses colour number: -1 for the terminal's default.
    private func number(for color: TerminalColor) -> Int16 {
        switch color {
        case .default: return -1
        case .ansi(let index):
            return colorCount >= 16 ? Int16(index) : Int16(index % 8)
        case .indexed(let index):
            if Int32(index) < colorCount { return Int16(index) }
            return Int16(Self.nearestANSI(index) % (colorCount >= 16 ? 16 : 8))
        }
    }

    /// The nearest of the 16 ANSI colours to an xterm 256-colour index.
    static func nearestANSI(_ index: UInt8) -> UInt8 {
        if index < 16 { return index }
        let rgb: (Int, Int, Int)
        if index >= 232 {
            let level = 8 + Int(index - 232) * 10
            rgb = (level, level, level)
        } else {
            let cube = Int(index) - 16
            let steps = [0, 95, 135, 175, 215, 255]
            rgb = (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
        }
        let ansi: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let distances = ansi.map { ($0.0 - rgb.0) * ($0.0 - rgb.0) + ($0.1 - rgb.1) * ($0.1 - rgb.1) + ($0.2 - rgb.2) * ($0.2 - rgb.2) }
        return UInt8(distances.indices.min { distances[$0] < distances[$1] } ?? 7)
    }
}
