// Trimming white space without Foundation, for typed answers and input lines.

extension String {
    var trimmedSpaces: String {
        var view = Substring(self)
        while view.first?.isWhitespace == true { view.removeFirst() }
        while view.last?.isWhitespace == true { view.removeLast() }
        return String(view)
    }
}
