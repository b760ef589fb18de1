package homoglyph

import (
	"fmt"
	"testing"

	"github.com/unspin/unspin/internal/unidata"
)

// reason writes what fmt wrote before it, for every kind of rune the
// pass restores from or into.
func TestReasonMatchesFmt(t *testing.T) {
	for _, src := range []rune{'a', 'I', 0x430, 0x3bf, 0x1d5ba, 0x2c6, 0xff41, 0x13a0, 0x10ffff, 0x7f, '\'', '"', 0x200b} {
		for _, r := range []rune{'a', 'I', 0x430, '\'', '"', '\\', 0x7f, 0x200b, 0xfffd, 0x1d5ba} {
			for _, s := range []unidata.Script{unidata.Latin, unidata.Cyrillic, unidata.Greek, unidata.Common, 255} {
				want := fmt.Sprintf("%s %U looks like %s %q; %s", s, src, unidata.Latin, r, "why")
				if got := reason(s, src, unidata.Latin, r, "why"); got != want {
					t.Errorf("reason = %q, want %q", got, want)
				}
			}
		}
	}
}
