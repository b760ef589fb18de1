package uba

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The conformance files are the Unicode 15.0.0 BidiTest.txt and
// BidiCharacterTest.txt, gzip-compressed (see testdata/README.md).

func openGzip(t *testing.T, name string) *bufio.Scanner {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	return sc
}

var classByName = func() map[string]Class {
	m := make(map[string]Class, numClasses)
	for c := range numClasses {
		m[c.String()] = c
	}
	return m
}()

// parseLevels parses a levels list, "x" becoming -1.
func parseLevels(s string) ([]int8, error) {
	var out []int8
	for _, f := range strings.Fields(s) {
		if f == "x" {
			out = append(out, -1)
			continue
		}
		v, err := strconv.ParseInt(f, 10, 8)
		if err != nil {
			return nil, err
		}
		out = append(out, int8(v))
	}
	return out, nil
}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Fields(s) {
		v, err := strconv.Atoi(f)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func TestBidiTest(t *testing.T) {
	t.Parallel()
	sc := openGzip(t, "testdata/BidiTest.txt.gz")
	var wantLevels []int8
	var wantOrder []int
	run, passed, failed := 0, 0, 0
	lineNo := 0
	classes := make([]Class, 0, 64)
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "@Levels:"):
			var err error
			if wantLevels, err = parseLevels(line[len("@Levels:"):]); err != nil {
				t.Fatalf("line %d: %v", lineNo, err)
			}
			continue
		case strings.HasPrefix(line, "@Reorder:"):
			var err error
			if wantOrder, err = parseInts(line[len("@Reorder:"):]); err != nil {
				t.Fatalf("line %d: %v", lineNo, err)
			}
			continue
		case strings.HasPrefix(line, "@"):
			continue
		}
		input, bits, ok := strings.Cut(line, ";")
		if !ok {
			t.Fatalf("line %d: no ';'", lineNo)
		}
		classes = classes[:0]
		for _, f := range strings.Fields(input) {
			c, ok := classByName[f]
			if !ok {
				t.Fatalf("line %d: unknown class %q", lineNo, f)
			}
			classes = append(classes, c)
		}
		set, err := strconv.ParseUint(strings.TrimSpace(bits), 16, 8)
		if err != nil {
			t.Fatalf("line %d: %v", lineNo, err)
		}
		if len(wantLevels) != len(classes) {
			t.Fatalf("line %d: %d classes but %d levels", lineNo, len(classes), len(wantLevels))
		}
		for _, pc := range []struct {
			bit   uint64
			level int
		}{{1, -1}, {2, 0}, {4, 1}} {
			if set&pc.bit == 0 {
				continue
			}
			run++
			pl, levels := resolveClasses(classes, nil, pc.level)
			got := lineLevels(classes, levels, pl)
			order := reorderClasses(classes, levels, pl, 0)
			if slices.Equal(got, wantLevels) && slices.Equal(order, wantOrder) {
				passed++
				continue
			}
			failed++
			if failed <= 20 {
				t.Errorf("line %d: %v para %d: levels %v order %v, want %v %v",
					lineNo, classes, pc.level, fmtLevels(got), order, fmtLevels(wantLevels), wantOrder)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("BidiTest.txt: %d cases run, %d passed, %d failed, 0 skipped", run, passed, failed)
	if run < 700000 {
		t.Errorf("only %d cases run; is the file truncated?", run)
	}
}

func fmtLevels(ls []int8) string {
	var b strings.Builder
	for i, l := range ls {
		if i > 0 {
			b.WriteByte(' ')
		}
		if l < 0 {
			b.WriteByte('x')
		} else {
			fmt.Fprint(&b, l)
		}
	}
	return "[" + b.String() + "]"
}

// expectedClasses reads the Unicode 15.0 Bidi_Class of every character
// BidiCharacterTest.txt uses, to tell a table difference from a bug.
func expectedClasses(t *testing.T) map[rune]Class {
	t.Helper()
	data, err := os.ReadFile("testdata/BidiCharacterTest-classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[rune]Class)
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		cp, name, _ := strings.Cut(line, " ")
		r, ok := parseHexRune(cp)
		c, ok2 := classByName[name]
		if !ok || !ok2 {
			t.Fatalf("bad line %q", line)
		}
		m[r] = c
	}
	return m
}

func TestBidiCharacterTest(t *testing.T) {
	t.Parallel()
	want := expectedClasses(t)
	mismatch := make(map[rune]bool)
	for r, c := range want {
		if got := ClassOf(r); got != c {
			mismatch[r] = true
			t.Logf("%U: x/text says %v, Unicode 15.0 says %v; lines using it are skipped", r, got, c)
		}
	}

	sc := openGzip(t, "testdata/BidiCharacterTest.txt.gz")
	run, passed, failed, skipped := 0, 0, 0, 0
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, ";")
		if len(f) != 5 {
			t.Fatalf("line %d: %d fields", lineNo, len(f))
		}
		var text []rune
		skip := false
		for _, h := range strings.Fields(f[0]) {
			r, ok := parseHexRune(h)
			if !ok {
				t.Fatalf("line %d: bad code point %q", lineNo, h)
			}
			if _, known := want[r]; !known {
				t.Fatalf("line %d: %U missing from BidiCharacterTest-classes.txt", lineNo, r)
			}
			skip = skip || mismatch[r]
			text = append(text, r)
		}
		dir, err1 := strconv.Atoi(f[1])
		wantPara, err2 := strconv.Atoi(f[2])
		wantLevels, err3 := parseLevels(f[3])
		wantOrder, err4 := parseInts(f[4])
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || dir < 0 || dir > 2 {
			t.Fatalf("line %d: bad fields", lineNo)
		}
		if skip {
			skipped++
			continue
		}
		run++
		pl := dir
		if dir == 2 {
			pl = -1
		}
		gotPara, levels := Resolve(text, pl)
		classes := make([]Class, len(text))
		for i, r := range text {
			classes[i] = ClassOf(r)
		}
		got := lineLevels(classes, levels, gotPara)
		order := Reorder(text, levels, gotPara, 0, len(text))
		if gotPara == wantPara && slices.Equal(got, wantLevels) && slices.Equal(order, wantOrder) {
			passed++
			continue
		}
		failed++
		if failed <= 20 {
			t.Errorf("line %d: %s dir %d: para %d levels %v order %v, want %d %v %v",
				lineNo, f[0], dir, gotPara, fmtLevels(got), order, wantPara, fmtLevels(wantLevels), wantOrder)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("BidiCharacterTest.txt: %d cases run, %d passed, %d failed, %d skipped", run, passed, failed, skipped)
	if run+skipped < 90000 {
		t.Errorf("only %d lines read; is the file truncated?", run+skipped)
	}
}
