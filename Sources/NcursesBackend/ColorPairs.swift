// Maps cell styles to ncurses attributes and colour pairs, allocating pairs on demand.

import CNcursesw
import TerminalKit

/// Colour pairs allocated as styles need them, cached by (foreground, background).
/// Indexed colours beyond what the terminal has become the nearest ANSI colour; with no
/// colours at all (mono) only the attributes are used.
struct ColorPairs {
    private var pairs: [PairKey: Int32] = [:]
    private let colorCount: Int32
    private let pairLimit: Int32
    /// Whether -1 means the terminal's own colours (`use_default_colors` succeeded).
    private let hasDefaultColors: Bool
    /// The style asked for last and its answer: a frame's cells come in runs of one style.
    private var lastLookUp: (style: CellStyle, answer: (attributes: attr_t, pair: Int32))?

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// No colours: attributes only.
    static let mono = ColorPairs(colorCount: 0, pairLimit: 0, hasDefaultColors: false)

    init(colorCount: Int32, pairLimit: Int32, hasDefaultColors: Bool) {
        self.colorCount = colorCount
        self.pairLimit = pairLimit
        self.hasDefaultColors = hasDefaultColors
    }

    var usesColor: Bool { colorCount >= 8 && pairLimit > 1 }

    /// The attributes and the colour pair (0 = the terminal's default) for a style.
    mutating func attributes(for style: CellStyle) -> (attributes: attr_t, pair: Int32) {
        if let lastLookUp, lastLookUp.style == style { return lastLookUp.answer }
        let answer = lookUp(style)
        lastLookUp = (style, answer)
        return answer
    }

    private mutating func lookUp(_ style: CellStyle) -> (attributes: attr_t, pair: Int32) {
        var attributes = ct_a_normal()
        if style.bold { attributes |= ct_a_bold() }
        if style.dim { attributes |= ct_a_dim() }
        if style.underline { attributes |= ct_a_underline() }
        if style.reverse { attributes |= ct_a_reverse() }
        guard usesColor else { return (attributes, 0) }
        let key = PairKey(
            foreground: number(for: style.foreground, fallback: 7),
            background: number(for: style.background, fallback: 0))
        if key.foreground == -1, key.background == -1 { return (attributes, 0) }
        if let pair = pairs[key] { return (attributes, pair) }
        let next = Int32(pairs.count + 1)
        // Out of pairs (a theme with thousands of combinations): default colours, same attributes.
        guard next < pairLimit, init_extended_pair(next, key.foreground, key.background) == OK else {
            return (attributes, 0)
        }
        pairs[key] = next
        return (attributes, next)
    }

    /// The ncurses colour number; -1 is the terminal's own colour, where it has one.
    private func number(for color: TerminalColor, fallback: Int32) -> Int32 {
        let index: UInt8
        switch color {
        case .default: return hasDefaultColors ? -1 : fallback
        case .ansi(let value): index = min(value, 15)
        case .indexed(let value): index = value
        }
        if Int32(index) < colorCount { return Int32(index) }
        return Int32(Self.nearestANSI(to: index, among: colorCount >= 16 ? 16 : 8))
    }

    /// xterm's default palette for the 16 ANSI colours.
    private static let ansiPalette: [(red: Int, green: Int, blue: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// The closest ANSI colour a terminal with `count` (8 or 16) colours has for a
    /// 256-colour index. With 16, the nearest in RGB; with 8, each channel on or off (so
    /// orange becomes yellow, bright red red), and greys become black or white by lightness
    /// so grey text stays readable.
    static func nearestANSI(to index: UInt8, among count: Int) -> UInt8 {
        let rgb = rgb(of: index)
        if count >= 16 {
            let distances = ansiPalette.map { color in
                let (red, green, blue) = (color.red - rgb.red, color.green - rgb.green, color.blue - rgb.blue)
                return red * red + green * green + blue * blue
            }
            return UInt8(distances.indices.min { distances[$0] < distances[$1] } ?? 7)
        }
        if rgb.red == rgb.green, rgb.green == rgb.blue { return rgb.red >= 100 ? 7 : 0 }
        return (rgb.red >= 128 ? 1 : 0) | (rgb.green >= 128 ? 2 : 0) | (rgb.blue >= 128 ? 4 : 0)
    }

    /// The colour of a 256-colour index in xterm's default palette.
    private static func rgb(of index: UInt8) -> (red: Int, green: Int, blue: Int) {
        if index < 16 { return ansiPalette[Int(index)] }
        if index >= 232 {
            let level = 8 + Int(index - 232) * 10
            return (level, level, level)
        }
        let cube = Int(index) - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }
}
