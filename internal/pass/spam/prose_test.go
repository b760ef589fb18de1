package spam

import (
	"strings"
	"testing"

	"github.com/unspin/unspin/internal/doc"
)

// An English e-mail whose addresses and headers pull the model's
// judgement below its bar is English to the pass; a text in another
// language, or one with too few prose words, is not.
func TestProseEnglish(t *testing.T) {
	urls := strings.Repeat("http://cve.mitre.org/cgi-bin/cvename.cgi?name=CAN-2002-0384 RHSA-2002-098 http://rhn.redhat.com/errata/RHSA-2002-098.html\n", 6)
	for _, c := range []struct {
		text string
		want bool
	}{
		{urls + "\nGaim is an instant messaging client based on the published protocol. This version fixes a bug that could let a remote user run code on your machine, so you should upgrade as soon as you can.\n", true},
		{urls + "\nGaim ist ein Programm für Sofortnachrichten, das auf dem veröffentlichten Protokoll beruht. Diese Version behebt einen Fehler, der es einem entfernten Benutzer erlaubt, Code auszuführen.\n", false},
		{urls + "\nUpgrade now.\n", false},
	} {
		d := doc.New(c.text)
		if d.IsModernEnglish() {
			t.Fatalf("the model judges %q English: no test", c.text[len(urls):])
		}
		if got := proseEnglish(c.text); got != c.want {
			t.Errorf("proseEnglish(%q) = %v, want %v", c.text[len(urls):], got, c.want)
		}
	}
}
