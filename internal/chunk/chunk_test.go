package chunk

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// collect runs Split and copies every unit, since yield's slice is reused.
func collect(t testing.TB, r io.Reader, max int) []string {
	t.Helper()
	var units []string
	err := Split(r, max, func(u []byte) error {
		units = append(units, string(u))
		return nil
	})
	if err != nil {
		t.Fatalf("Split: %v", err)
	}
	return units
}

// readers returns the ways each input is fed to Split, so that results are
// checked not to depend on how the reader fragments its data.
func readers(in string) map[string]io.Reader {
	return map[string]io.Reader{
		"whole":   strings.NewReader(in),
		"onebyte": iotest.OneByteReader(strings.NewReader(in)),
		"half":    iotest.HalfReader(strings.NewReader(in)),
		"dataerr": iotest.DataErrReader(strings.NewReader(in)),
	}
}

func TestSplitTable(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want []string
	}{
		{"empty", "", 4, nil},
		{"shorter than max", "a\n\nb c", 100, []string{"a\n\nb c"}},
		{"exactly max", "ab\n\ncd", 6, []string{"ab\n\ncd"}},
		{"default max", "a\n\nb", 0, []string{"a\n\nb"}},
		{"negative max", "a\n\nb", -5, []string{"a\n\nb"}},

		// (1) paragraph break beats later line breaks and spaces.
		{"paragraph LF", "aa\n\nbb\ncc dd", 10, []string{"aa\n\n", "bb\ncc dd"}},
		{"paragraph CRLF", "aa\r\n\r\nbb\r\ncc dd", 13, []string{"aa\r\n\r\n", "bb\r\ncc dd"}},
		{"paragraph CR", "aa\r\rbb\rcc dd", 10, []string{"aa\r\r", "bb\rcc dd"}},
		{"paragraph blank line with spaces", "aa\n \t \nbb\ncc dd", 13, []string{"aa\n \t \n", "bb\ncc dd"}},
		{"paragraph mixed breaks", "aa\n\r\nbb\ncc dd", 11, []string{"aa\n\r\n", "bb\ncc dd"}},
		{"paragraph last one wins", "a\n\nb\n\ncc dd", 10, []string{"a\n\nb\n\n", "cc dd"}},
		{"paragraph run of blank lines", "a\n\n\n\nbb cc", 8, []string{"a\n\n\n\n", "bb cc"}},
		{"CRLF CR is a blank line", "aa\r\r\nbb cc", 8, []string{"aa\r\r\n", "bb cc"}},

		// (2) line break beats later spaces.
		{"line LF", "aa bb\ncc dd", 9, []string{"aa bb\n", "cc dd"}},
		{"line CRLF kept whole", "aa bb\r\ncc dd", 10, []string{"aa bb\r\n", "cc dd"}},
		{"line lone CR", "aaa\rbbb ccc", 8, []string{"aaa\r", "bbb ccc"}},
		{"spaces-only line without preceding break", "   \nbb cc", 6, []string{"   \n", "bb cc"}},
		{"CR at max before LF is not a cut", "a\nbbb\r\ncc", 6, []string{"a\n", "bbb\r\n", "cc"}},

		// (3) space or tab.
		{"space", "aaa bbb ccc", 9, []string{"aaa bbb ", "ccc"}},
		{"tab", "aaa bbb\tccc", 9, []string{"aaa bbb\t", "ccc"}},
		{"trailing space at max", "aaaa bbbb", 5, []string{"aaaa ", "bbbb"}},

		// (4) rune boundary.
		{"line longer than max", strings.Repeat("x", 25), 10, []string{"xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"}},
		{"no cut between CR and LF", "aaaa\r\nbbbb", 5, []string{"aaaa", "\r\n", "bbbb"}},
		{"CRLF with max 1", "\r\n\r\n", 1, []string{"\r\n", "\r\n"}},
		{"two-byte rune at max", "aaé", 3, []string{"aa", "é"}},
		{"three-byte runes", "世界世", 4, []string{"世", "界", "世"}},
		{"four-byte rune with max 1", "😀a", 1, []string{"😀", "a"}},
		{"four-byte runes with max 2", "😀😀", 2, []string{"😀", "😀"}},
		{"rune ends exactly at max", "ab世cd", 5, []string{"ab世", "cd"}},

		// Invalid UTF-8: each bad byte is its own rune.
		{"invalid bytes", "\xff\xfe\xfd", 1, []string{"\xff", "\xfe", "\xfd"}},
		{"stray continuation bytes", "a\x80\x80\x80\x80", 2, []string{"a\x80", "\x80\x80", "\x80"}},
		{"truncated sequence", "\xe4\xb8abc", 1, []string{"\xe4", "\xb8", "a", "b", "c"}},
		{"lead byte then ASCII at max", "ab\xe4c", 3, []string{"ab\xe4", "c"}},
		{"encoded U+FFFD is a real rune", "a\uFFFDb", 2, []string{"a", "\uFFFD", "b"}},
	}
	for _, tt := range tests {
		for rname, r := range readers(tt.in) {
			t.Run(tt.name+"/"+rname, func(t *testing.T) {
				got := collect(t, r, tt.max)
				if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
					t.Errorf("Split(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
				}
				if ref := refSplit([]byte(tt.in), tt.max); fmt.Sprintf("%q", ref) != fmt.Sprintf("%q", tt.want) {
					t.Errorf("reference disagrees with table: %q", ref)
				}
			})
		}
	}
}

func TestSplitDefaultMaxIsUsed(t *testing.T) {
	in := strings.Repeat("x", DefaultMax+1)
	got := collect(t, strings.NewReader(in), 0)
	if len(got) != 2 || len(got[0]) != DefaultMax || len(got[1]) != 1 {
		t.Fatalf("got %d units, want sizes [%d 1]", len(got), DefaultMax)
	}
}

func TestSplitYieldError(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name      string
		in        string
		failAt    int // 1-based yield call that fails
		wantCalls int
	}{
		{"middle unit", "aaa bbb ccc ddd", 2, 2},
		{"final unit", "aaa bbb", 2, 2},
		{"single whole unit", "abc", 1, 1},
	}
	for _, tt := range tests {
		calls := 0
		err := Split(strings.NewReader(tt.in), 4, func([]byte) error {
			calls++
			if calls == tt.failAt {
				return boom
			}
			return nil
		})
		if !errors.Is(err, boom) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, boom)
		}
		if calls != tt.wantCalls {
			t.Errorf("%s: yield called %d times, want %d", tt.name, calls, tt.wantCalls)
		}
	}
}

func TestSplitReadError(t *testing.T) {
	boom := errors.New("read failed")
	r := io.MultiReader(strings.NewReader("aaa bbb ccc ddd eee"), iotest.ErrReader(boom))
	var got strings.Builder
	err := Split(r, 4, func(u []byte) error {
		got.Write(u)
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
	if !strings.HasPrefix("aaa bbb ccc ddd eee", got.String()) {
		t.Errorf("units before the error %q are not a prefix of the input", got.String())
	}
}

func TestSplitUnitCapacityClipped(t *testing.T) {
	in := "aaa bbb ccc ddd"
	var got []byte
	err := Split(strings.NewReader(in), 4, func(u []byte) error {
		if cap(u) != len(u) {
			t.Errorf("cap(unit) = %d, len = %d", cap(u), len(u))
		}
		_ = append(u, "XXXXXXXX"...) // must not clobber buffered input
		got = append(got, u...)
		return nil
	})
	if err != nil || string(got) != in {
		t.Fatalf("got %q, %v; want %q", got, err, in)
	}
}

// genReader produces n bytes of prose without holding them in memory.
type genReader struct {
	n, i int
}

func (g *genReader) Read(p []byte) (int, error) {
	const text = "The quick brown fox jumps over the lazy dog. Ça va? 世界\n"
	if g.i >= g.n {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && g.i < g.n {
		b := text[g.i%len(text)]
		if g.i%(len(text)*7) == 0 {
			b = '\n' // a paragraph break now and then
		}
		p[k] = b
		k++
		g.i++
	}
	return k, nil
}

func TestSplitBoundedMemory(t *testing.T) {
	const size, max = 64 << 20, 64 << 10
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	total := 0
	err := Split(&genReader{n: size}, max, func(u []byte) error {
		total += len(u)
		return nil
	})
	runtime.ReadMemStats(&after)
	if err != nil || total != size {
		t.Fatalf("total = %d, err = %v", total, err)
	}
	// The buffer is max+lookahead; allow slack for the runtime, but nothing
	// that grows with the 64 MiB input.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4*max {
		t.Errorf("Split allocated %d bytes for a %d-byte input with max %d", alloc, size, max)
	}
}

// TestSplitProperty checks the invariants and the reference on random inputs
// built from the bytes that matter to the cut rules.
func TestSplitProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	atoms := []string{"a", "b", " ", "\t", "\n", "\r", "\r\n", "é", "世", "😀", "\xff", "\x80", "\xe4\xb8", "\xf0\x9f"}
	maxes := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 16, 31, 64, 100, 257}
	for iter := 0; iter < 3000; iter++ {
		var sb strings.Builder
		nAtoms := rng.IntN(200)
		for range nAtoms {
			sb.WriteString(atoms[rng.IntN(len(atoms))])
		}
		in := sb.String()
		for _, max := range maxes {
			for rname, r := range readers(in) {
				if rname != "whole" && iter%10 != 0 {
					continue // fragmenting readers are slower; sample them
				}
				checkSplit(t, []byte(in), max, r)
			}
		}
	}
}

// checkSplit runs Split on r (which yields in) and checks every invariant
// plus exact agreement with refSplit.
func checkSplit(t testing.TB, in []byte, max int, r io.Reader) {
	t.Helper()
	var units [][]byte
	err := Split(r, max, func(u []byte) error {
		units = append(units, bytes.Clone(u))
		return nil
	})
	if err != nil {
		t.Fatalf("Split(%q, %d): %v", in, max, err)
	}
	limit := max
	if limit <= 0 {
		limit = DefaultMax
	}
	if got := bytes.Join(units, nil); !bytes.Equal(got, in) {
		t.Fatalf("Split(%q, %d): concatenation %q != input", in, max, got)
	}
	if len(in) <= limit && len(units) != min(len(in), 1) {
		t.Fatalf("Split(%q, %d): input within max gave %d units", in, max, len(units))
	}
	boundary := runeStarts(in)
	pos := 0
	for i, u := range units {
		if len(u) == 0 {
			t.Fatalf("Split(%q, %d): unit %d is empty", in, max, i)
		}
		if len(u) > limit+3 {
			t.Fatalf("Split(%q, %d): unit %d has %d bytes", in, max, i, len(u))
		}
		pos += len(u)
		if pos < len(in) {
			if in[pos-1] == '\r' && in[pos] == '\n' {
				t.Fatalf("Split(%q, %d): cut between CR and LF at %d", in, max, pos)
			}
			if !boundary[pos] {
				t.Fatalf("Split(%q, %d): cut inside a rune at %d", in, max, pos)
			}
		}
	}
	if ref := refSplit(in, max); fmt.Sprintf("%q", units) != fmt.Sprintf("%q", ref) {
		t.Fatalf("Split(%q, %d) = %q, reference = %q", in, max, units, ref)
	}
}

// runeStarts marks the rune boundaries of b found by decoding forwards, the
// definition Split must agree with (invalid bytes are one-byte runes).
func runeStarts(b []byte) []bool {
	starts := make([]bool, len(b)+1)
	for i := 0; i < len(b); {
		starts[i] = true
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	starts[len(b)] = true
	return starts
}

// refSplit is a slow, forward-scanning restatement of the cut rules, written
// independently of Split's backward search so the two can check each other.
func refSplit(in []byte, max int) [][]byte {
	if max <= 0 {
		max = DefaultMax
	}
	var units [][]byte
	for len(in) > max {
		w := in[:min(len(in), max+8)] // later bytes cannot affect a cut <= max+3
		c := refCut(w, max)
		units = append(units, in[:c])
		in = in[c:]
	}
	if len(in) > 0 {
		units = append(units, in)
	}
	return units
}

func refCut(w []byte, max int) int {
	ok := runeStarts(w)
	for i := 1; i < len(w); i++ {
		if w[i-1] == '\r' && w[i] == '\n' {
			ok[i] = false
		}
	}
	ok[0] = false
	// Tokenise forwards into lines to classify each position.
	const (
		none = iota
		para
		line
		space
	)
	class := make([]int, len(w)+1)
	sawBreak, blank := false, true
	for i := 0; i < len(w); {
		var end int
		switch {
		case w[i] == '\r' && i+1 < len(w) && w[i+1] == '\n':
			end = i + 2
		case w[i] == '\r' || w[i] == '\n':
			end = i + 1
		case w[i] == ' ' || w[i] == '\t':
			class[i+1] = space
			i++
			continue
		default:
			blank = false
			i++
			continue
		}
		if sawBreak && blank {
			class[end] = para
		} else {
			class[end] = line
		}
		sawBreak, blank = true, true
		i = end
	}
	for _, want := range []int{para, line, space} {
		for c := max; c >= 1; c-- {
			if ok[c] && class[c] == want {
				return c
			}
		}
	}
	for c := max; c >= 1; c-- {
		if ok[c] {
			return c
		}
	}
	for c := max + 1; ; c++ {
		if ok[c] {
			return c
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add([]byte(""), 4, false)
	f.Add([]byte("aa\n\nbb\ncc dd"), 10, false)
	f.Add([]byte("aa\r\n\r\nbb\r\ncc dd"), 13, true)
	f.Add([]byte("aa\r\rbb\rcc dd"), 10, false)
	f.Add([]byte("aa\n \t \nbb\ncc dd"), 13, true)
	f.Add([]byte("aaaa\r\nbbbb"), 5, false)
	f.Add([]byte("\r\n\r\n"), 1, true)
	f.Add([]byte("世界世😀😀é"), 2, false)
	f.Add([]byte("\xe4\xb8abc\xff\x80\x80\xf0\x9f"), 1, true)
	f.Add([]byte(strings.Repeat("x", 50)), 7, false)
	f.Add([]byte("short"), 0, false)
	f.Add([]byte("short"), -3, true)
	f.Fuzz(func(t *testing.T, data []byte, max int, oneByte bool) {
		max %= 70 // keep units small enough for interesting cuts; <= 0 is default
		var r io.Reader = bytes.NewReader(data)
		if oneByte {
			r = iotest.OneByteReader(r)
		}
		checkSplit(t, data, max, r)
	})
}

func BenchmarkSplit(b *testing.B) {
	const size = 16 << 20
	prose, _ := io.ReadAll(&genReader{n: size})
	noBreaks := bytes.Repeat([]byte("x世"), size/4)
	for _, bc := range []struct {
		name string
		in   []byte
	}{{"prose", prose}, {"nobreaks", noBreaks}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.in)))
			b.ReportAllocs()
			for b.Loop() {
				units := 0
				err := Split(bytes.NewReader(bc.in), 0, func([]byte) error {
					units++
					return nil
				})
				if err != nil || units < size/DefaultMax {
					b.Fatalf("units = %d, err = %v", units, err)
				}
			}
		})
	}
}
