package doc

// Lexed reports whether the document's tokens and lexicon entries are
// built (TokensLex would return them without reading the text): a pass
// that can answer from them spares a scan of its own.
func (d *Doc) Lexed() bool { return d.lex != nil }
