package unidata

// Temporary stub until the generator lands.
const (
	Unknown Script = iota
	Common
	Inherited
	Latin
	Greek
	Cyrillic
)

func (s Script) String() string             { return [...]string{"Unknown", "Common", "Inherited", "Latin", "Greek", "Cyrillic"}[s] }
func ScriptOf(r rune) Script                 { return Unknown }
func HasScript(r rune, s Script) bool        { return ScriptOf(r) == s }
func LookAlikes(r rune, target Script) []LookAlike { return nil }
