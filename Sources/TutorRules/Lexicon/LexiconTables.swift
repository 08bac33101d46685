// The lexicon's word-keyed tables, read like dictionaries (`table[word]`) from forms.bin.

/// Nouns by one of their forms (the singular or the plural): `table[word]`.
struct NounTable: Sendable {
    let tables: WordFormTables
    let index: WordFormTables.Index
    /// The form the table is keyed by: 0 the singular, 1 the plural.
    let formField: Int

    subscript(word: String) -> NounEntry? { index.value(word).map(tables.noun(row:)) }

    /// The entry for the token's lower case, looked up by the hash the token keeps.
    subscript(token: Token) -> NounEntry? {
        index.value(token.lower, hash: token.lowerHash).map(tables.noun(row:))
    }

    /// Every form the table holds with its noun, in the order nouns.tsv first gives the form,
    /// read as they are asked for: a matcher filters them once while the analyser loads, and
    /// a whole array of them was 1.8 MB of heap at that moment (issue 17: the chat's RSS).
    var entries: Entries { Entries(table: self) }

    /// The forms and nouns of a table, in the order nouns.tsv first gives the forms.
    struct Entries: Sequence {
        let table: NounTable

        func makeIterator() -> Iterator { Iterator(table: table) }

        struct Iterator: IteratorProtocol {
            let table: NounTable
            var row: UInt32 = 0
            var seen = Set<WordFormTables.StringReference>()

            /// The next form and its noun; after the last, the pages the scan read are given
            /// back, as the load's own checks are (see `ByteImage.releasePages()`).
            mutating func next() -> (String, NounEntry)? {
                let tables = table.tables
                while row < UInt32(tables.nounCount) {
                    defer { row += 1 }
                    let form = tables.noun(row: row, field: table.formField)
                    // A plural is listed only where it differs from its singular.
                    if table.formField == 1, tables.noun(row: row, field: 0) == form { continue }
                    guard seen.insert(form).inserted, let found = table.index.value(tables.strings[form]) else {
                        continue
                    }
                    return (tables.strings[form], tables.noun(row: found))
                }
                tables.releasePages()
                return nil
            }
        }
    }
}

/// How often each adjective is used: `table[word]`, nil for a word that is no adjective.
struct AdjectiveTable: Sendable {
    let index: WordFormTables.Index

    subscript(word: String) -> Int? { index.value(word).map(Int.init) }
}

/// Comparatives or superlatives to their adjective's base: `table["bigger"]` is "big".
struct AdjectiveFormTable: Sendable {
    let tables: WordFormTables
    let index: WordFormTables.Index

    subscript(word: String) -> String? { index.value(word).map { tables.strings[$0] } }

    /// The form for the token's lower case, looked up by the hash the token keeps.
    subscript(token: Token) -> String? {
        index.value(token.lower, hash: token.lowerHash).map { tables.strings[$0] }
    }
}
