// Colour degradation for terminals with fewer colours than the theme asks for.

import Testing

@testable import NcursesBackend

@Suite("ColorPairs")
struct ColorPairsTests {
    @Test(
        "on 8 colours, colours keep their hue and greys become black or white",
        arguments: [
            (UInt8(9), UInt8(1)), (12, 4), (15, 7), (8, 7), (208, 3), (236, 0), (250, 7), (21, 4), (46, 2),
        ])
    func eightColors(index: UInt8, expected: UInt8) {
        #expect(ColorPairs.nearestANSI(to: index, among: 8) == expected)
    }

    @Test(
        "on 16 colours, the nearest colour of xterm's palette",
        arguments: [
            (UInt8(196), UInt8(9)), (16, 0), (231, 15), (244, 8), (21, 4),
        ])
    func sixteenColors(index: UInt8, expected: UInt8) {
        #expect(ColorPairs.nearestANSI(to: index, among: 16) == expected)
    }

    @Test("mono uses attributes only")
    func mono() {
        var pairs = ColorPairs.mono
        #expect(!pairs.usesColor)
        let styled = pairs.attributes(for: .init(foreground: .ansi(1), bold: true))
        #expect(styled.pair == 0)
        #expect(styled.attributes != pairs.attributes(for: .plain).attributes)
    }
}
