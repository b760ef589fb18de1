package letters

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Kinds of key: a letter triple, the pair of letters a triple starts with
// (its context), a letter pair, and a single letter (as the first of a
// pair). The generator counts triples only; the rest are sums of them.
const (
	kindTriple = iota
	kindContext
	kindPair
	kindSingle
)

// key packs a kind and three letter codes (each below 256) into a uint32.
func key(kind, a, b, c uint32) uint32 { return kind<<24 | a<<16 | b<<8 | c }

// Edge marks a word's start or end in the counts files.
const Edge = '_'

// magic opens tables.bin.
const magic = 0x3152544c // "LTR1"

// u32 reads the i-th little-endian uint32 of s.
func u32(s string, i int) uint32 {
	s = s[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// Counts is one counts file: a language's letter triples.
type Counts struct {
	Lang, Script string
	Header       []string // the file's header lines, "#" and all
	Triples      map[[3]rune]int
}

// ParseCounts reads a counts file (gzipped): header lines "#name\tvalue"
// (lang and script among them), then "abc\tN" per triple, '_' for a word
// edge.
func ParseCounts(gz []byte) (*Counts, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	c := &Counts{Triples: map[[3]rune]int{}}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			c.Header = append(c.Header, line)
			name, value, _ := strings.Cut(line[1:], "\t")
			switch name {
			case "lang":
				c.Lang = value
			case "script":
				c.Script = value
			}
			continue
		}
		tri, n, ok := strings.Cut(line, "\t")
		rs := []rune(tri)
		v, err := strconv.Atoi(n)
		if !ok || len(rs) != 3 || err != nil {
			return nil, fmt.Errorf("bad line %q", line)
		}
		c.Triples[[3]rune(rs)] = v
	}
	if c.Lang == "" || c.Script == "" {
		return nil, fmt.Errorf("no #lang or #script header")
	}
	return c, sc.Err()
}

// Build lays out tables.bin from counts files (gzipped), in the order
// given, and forms files (gzipped, by language). Per model: its language
// and script (each a length, then bytes), its alphabet (a count, then the
// letters as numbers, sorted), the total of single-letter counts, the
// number of keys, the keys sorted, then the count of each; then the
// number of words of its forms' Bloom filter (0 without forms) and the
// words. Every number is a little-endian uint32.
func Build(files [][]byte, forms map[string][]byte) ([]byte, error) {
	var out []byte
	put := func(v uint32) { out = binary.LittleEndian.AppendUint32(out, v) }
	put(magic)
	put(uint32(len(files)))
	for _, f := range files {
		c, err := ParseCounts(f)
		if err != nil {
			return nil, err
		}
		var alphabet []rune
		for t := range c.Triples {
			for _, r := range t {
				if r != Edge && !slices.Contains(alphabet, r) {
					alphabet = append(alphabet, r)
				}
			}
		}
		slices.Sort(alphabet)
		if len(alphabet) > 255 {
			return nil, fmt.Errorf("%s: %d letters, at most 255", c.Lang, len(alphabet))
		}
		code := func(r rune) uint32 {
			if r == Edge {
				return 0
			}
			i, _ := slices.BinarySearch(alphabet, r)
			return uint32(i + 1)
		}
		sums := map[uint32]uint32{}
		total := uint32(0)
		for t, n := range c.Triples {
			a, b, d := code(t[0]), code(t[1]), code(t[2])
			sums[key(kindTriple, a, b, d)] += uint32(n)
			sums[key(kindContext, a, b, 0)] += uint32(n)
			sums[key(kindPair, 0, b, d)] += uint32(n)
			sums[key(kindSingle, 0, b, 0)] += uint32(n)
			total += uint32(n)
		}
		keys := make([]uint32, 0, len(sums))
		for k := range sums {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, s := range []string{c.Lang, c.Script} {
			put(uint32(len(s)))
			out = append(out, s...)
		}
		put(uint32(len(alphabet)))
		for _, r := range alphabet {
			put(uint32(r))
		}
		put(total)
		put(uint32(len(keys)))
		for _, k := range keys {
			put(k)
		}
		for _, k := range keys {
			put(sums[k])
		}
		var bloom []uint32
		if f, ok := forms[c.Lang]; ok {
			if bloom, err = buildBloom(f); err != nil {
				return nil, err
			}
		}
		put(uint32(len(bloom)))
		for _, w := range bloom {
			put(w)
		}
	}
	return out, nil
}

// Bloom filter of a language's word forms: bloomBits bits a form and
// bloomHashes bits set per form, which makes
// one form in about 300 that is not a word seem one.
const bloomBits, bloomHashes = 12, 8

// bloomProbe returns the hash pair of form: its bits are h1 + i*h2.
func bloomProbe(form string) (h1, h2 uint32) {
	h := uint64(14695981039346656037) // FNV-1a
	for i := 0; i < len(form); i++ {
		h ^= uint64(form[i])
		h *= 1099511628211
	}
	return uint32(h), uint32(h>>32) | 1
}

func buildBloom(gz []byte) ([]uint32, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	var list []string
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			list = append(list, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	words := (bloomBits*len(list) + 31) / 32
	bloom := make([]uint32, words)
	n := uint32(words * 32)
	for _, f := range list {
		h1, h2 := bloomProbe(f)
		for i := range uint32(bloomHashes) {
			b := (h1 + i*h2) % n
			bloom[b/32] |= 1 << (b % 32)
		}
	}
	return bloom, nil
}

// parse reads tables.bin in place: the models' keys and counts are
// substrings of it.
func parse(s string) []*Model {
	if len(s) < 8 || u32(s, 0) != magic {
		return nil
	}
	n := int(u32(s, 1))
	s = s[8:]
	next := func() int {
		v := int(u32(s, 0))
		s = s[4:]
		return v
	}
	str := func() string {
		l := next()
		v := s[:l]
		s = s[l:]
		return v
	}
	out := make([]*Model, 0, n)
	for range n {
		m := &Model{Lang: str(), Script: str()}
		m.alphabet = make([]rune, next())
		for i := range m.alphabet {
			m.alphabet[i] = rune(next())
		}
		m.total = float64(next())
		k := next()
		m.keys, m.counts = s[:4*k], s[4*k:8*k]
		s = s[8*k:]
		b := next()
		m.bloom = s[:4*b]
		s = s[4*b:]
		for c := range m.alphabet {
			if m.get(key(kindTriple, 0, uint32(c+1), 0)) > 0 {
				m.ones++
			}
		}
		out = append(out, m)
	}
	return out
}

// ReadCounts reads dir's counts files (LANG.tsv.gz), in the order of their
// names, and the forms files beside them (LANG.forms.gz), by language: what
// Build takes.
func ReadCounts(dir string) ([][]byte, map[string][]byte, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.tsv.gz"))
	if err != nil || len(names) == 0 {
		return nil, nil, fmt.Errorf("no counts in %s: %v", dir, err)
	}
	slices.Sort(names)
	var files [][]byte
	forms := map[string][]byte{}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, nil, err
		}
		files = append(files, b)
		lang := strings.TrimSuffix(filepath.Base(n), ".tsv.gz")
		if f, err := os.ReadFile(filepath.Join(dir, lang+".forms.gz")); err == nil {
			forms[lang] = f
		}
	}
	return files, forms, nil
}
