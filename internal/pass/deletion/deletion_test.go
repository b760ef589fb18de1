package deletion

import (
	"testing"

	"github.com/unspin/unspin/internal/edit"
)

func TestPropose(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"backspace", "pay\bpal", "papal"},
		{"delete char", "abc\x7fd", "abd"},
		{"several", "cheap\b\b\b\b\bfree", "free"},
		{"erase then type then erase", "ab\bc\bd", "ad"},
		{"at start", "\bx", "x"},
		{"not across lines", "a\n\bb", "a\nb"},
		{"multibyte", "né\bx", "nx"},
		{"beside invalid bytes nothing is edited", "a\xff\bb", "a\xff\bb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := edit.Apply(tc.in, edit.Normalize(tc.in, Propose(tc.in)))
			if got != tc.want {
				t.Errorf("got %q want %q", got, tc.want)
			}
		})
	}
}
