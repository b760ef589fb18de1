package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/corpus"
)

func run(stdin string, args ...string) (string, string, int) {
	var out, errw bytes.Buffer
	root := newRoot(strings.NewReader(stdin), &out, &errw)
	root.SetArgs(args)
	code := 0
	if err := root.Execute(); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			code = ee.code
		} else {
			code = 2
			errw.WriteString(err.Error()) // what main prints
		}
	}
	return out.String(), errw.String(), code
}

func TestClean(t *testing.T) {
	out, _, code := run("The Russ\u0456an embassy", "clean")
	if out != "The Russian embassy" || code != 0 {
		t.Fatalf("%q %d", out, code)
	}
}

func TestCheckExitStatus(t *testing.T) {
	out, _, code := run("The Russ\u0456an embassy", "check")
	if code != 1 || !strings.Contains(out, "<stdin>:1:9: homoglyph:") {
		t.Fatalf("%q %d", out, code)
	}
	if _, _, code := run("Clean text.", "check"); code != 0 {
		t.Fatalf("clean text exit %d", code)
	}
}

func TestJSONLBadLineExitStatus(t *testing.T) {
	out, errs, code := run("{\"text\":\"ok\"}\nbroken\n", "clean", "--jsonl")
	if code != 1 || !strings.Contains(errs, "line 2") || !strings.Contains(out, "broken\n") {
		t.Fatalf("%q %q %d", out, errs, code)
	}
}

func TestMaxSpamNeedsJSONL(t *testing.T) {
	if _, _, code := run("x", "clean", "--max-spam", "0.5"); code != 2 {
		t.Fatalf("exit %d", code)
	}
}

func TestVersion(t *testing.T) {
	if out, _, _ := run("", "version"); !strings.HasPrefix(out, "unspin ") {
		t.Fatalf("%q", out)
	}
}

func TestFlagsValidated(t *testing.T) {
	for _, args := range [][]string{
		{"clean", "--workers", "-3"},
		{"clean", "--jsonl", "--max-spam", "nan"},
		{"clean", "--jsonl", "--max-spam", "2"},
		{"clean", "--explain"},
		{"clean", "--unit-bytes", "10"},
		{"clean", "--unit-bytes", "9000000000000000000"},
		{"clean", "no-such-file-"},
		{"clean", "-", "-"},
	} {
		if _, errs, code := run("x", args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}

func TestCheckReportsRunsOfInvalidBytes(t *testing.T) {
	junk := "text " + strings.Repeat("\xff", 50) + strings.Repeat(" more text", 20)
	out, _, code := run(junk, "check")
	if code != 1 || strings.Count(out, ": invalid-utf8: 50 bytes") != 1 || !strings.Contains(out, "1 finding (1 invalid-utf8)") {
		t.Fatalf("exit %d, %q", code, out)
	}
	out, _, code = run(junk, "check", "--json")
	if code != 1 || !strings.Contains(out, `"findings":[{"line":1,"column":6,"start":5,"end":55,"kind":"invalid-utf8"`) {
		t.Fatalf("exit %d, %q", code, out)
	}
}

func TestBinaryPassesThroughWithStatus1(t *testing.T) {
	bin := "\x00\x01\x02binary\x00" + strings.Repeat("\xfe\x00", 100)
	out, errs, code := run(bin, "clean")
	if out != bin || code != 1 || !strings.Contains(errs, "binary") {
		t.Fatalf("exit %d, %q", code, errs)
	}
}

func TestUnitsStreamLargeText(t *testing.T) {
	para := "The Russіan embassy said the talks were frank.\n\n"
	in := strings.Repeat(para, 2000) // about 100 KB, cut into 4 KB units
	out, _, code := run(in, "clean", "--unit-bytes", "4096")
	want := strings.Repeat(strings.ReplaceAll(para, "і", "i"), 2000)
	if code != 0 || out != want {
		t.Fatalf("exit %d, %d bytes (want %d)", code, len(out), len(want))
	}
}

func TestNoLayoutOnBothCommands(t *testing.T) {
	in := "He met Mr.\n\nKennedy there."
	if out, _, _ := run(in, "clean", "--no-layout"); out != in {
		t.Fatalf("--no-layout changed %q", out)
	}
	if _, _, code := run(in, "check", "--no-layout"); code != 0 {
		t.Fatalf("check --no-layout exit %d", code)
	}
}

// TestHostileInputs runs the CLI over testdata/hostile: what should not
// change comes back byte for byte, with the documented exit status.
func TestHostileInputs(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "hostile", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	// sameUpToReport: the line is the input's up to the added report.
	sameUpToReport := func(in, out string) bool {
		body := strings.TrimSuffix(strings.TrimSuffix(in, "\n"), "}")
		return strings.HasPrefix(out, body+`,"unspin":{`)
	}
	tests := []struct {
		file string
		args []string
		code int
		ok   func(in, out string) bool
	}{
		{"binary.bin", nil, 1, func(in, out string) bool { return out == in }},
		{"latin1.txt", nil, 0, func(in, out string) bool { return out == in }},
		{"empty.txt", nil, 0, func(in, out string) bool { return out == "" }},
		{"crlf.txt", nil, 0, func(in, out string) bool { return out == "He met Mr. Kennedy there.\r\n" }},
		{"bom.jsonl", []string{"--jsonl"}, 0, func(in, out string) bool {
			return strings.HasPrefix(out, "\ufeff{\"id\":1,\"text\":\"The Russian embassy\",")
		}},
		{"dup.jsonl", []string{"--jsonl"}, 0, func(in, out string) bool {
			return strings.HasPrefix(out, `{"text":"dup","text":"The Russian embassy",`)
		}},
		{"escapes.jsonl", []string{"--jsonl"}, 0, sameUpToReport},
		{"raw-invalid.jsonl", []string{"--jsonl"}, 0, sameUpToReport},
		{"not-json.jsonl", []string{"--jsonl"}, 1, func(in, out string) bool {
			return strings.HasSuffix(out, "\n{broken\n[1,2]\n{\"text\": 3}\n")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			in := read(tc.file)
			out, errs, code := run(in, append([]string{"clean"}, tc.args...)...)
			if code != tc.code || !tc.ok(in, out) {
				t.Fatalf("exit %d (want %d)\nout %q\nerr %q", code, tc.code, out, errs)
			}
		})
	}
}

func TestOutputIsNotAnInput(t *testing.T) {
	f := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(f, []byte("The Russіan embassy"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := run("", "clean", "-o", f, f); code != 2 || !strings.Contains(errs, "also an input") {
		t.Fatalf("exit %d %q", code, errs)
	}
	if b, _ := os.ReadFile(f); string(b) != "The Russіan embassy" {
		t.Fatalf("input emptied: %q", b)
	}
}

// Progress is shown only where asked (a terminal, not --quiet), and ends
// with a one-line summary.
func TestProgress(t *testing.T) {
	var shown, silent bytes.Buffer
	for _, tc := range []struct {
		w  *bytes.Buffer
		on bool
	}{{&shown, true}, {&silent, false}} {
		p := newProgress(tc.w, tc.on)
		if _, err := io.ReadAll(p.reader(strings.NewReader("some text\n"))); err != nil {
			t.Fatal(err)
		}
		rep := unspin.Clean("The Russіan embassy said so.")
		p.document(corpus.Document{Report: &rep})
		p.finish()
	}
	if !strings.Contains(shown.String(), "1 document, 1 edit ") {
		t.Errorf("summary %q", shown.String())
	}
	if silent.Len() != 0 || interactive(&silent) {
		t.Errorf("progress written where not asked for: %q", silent.String())
	}
}

func TestServeFlags(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--log-format", "xml"},
		{"serve", "--max-body-bytes", "0"},
		{"serve", "--max-in-flight", "-1"},
		{"serve", "--addr", "256.0.0.1:99999"},
		{"serve", "extra"},
	} {
		if _, errw, code := run("", args...); code != 2 || errw == "" {
			t.Errorf("%v: exit %d, %q", args, code, errw)
		}
	}
}

func TestTagAndAttributes(t *testing.T) {
	in := `{"id": "a", "text": "The Russ\u0456an embassy"}` + "\n" + `{"id": "b", "text": "Plain."}` + "\n"
	out, errw, code := run(in, "tag")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.HasPrefix(out, `{"id":"a","attributes":{"unspin__homoglyph":[[8,9,1.0]]`) {
		t.Fatalf("tag: %d %q %q", code, out, errw)
	}
	attrs := filepath.Join(t.TempDir(), "attrs.jsonl")
	cleaned, errw, code := run(in, "clean", "--jsonl", "--attributes", attrs)
	got, err := os.ReadFile(attrs)
	if err != nil || code != 0 || string(got) != out || !strings.Contains(cleaned, "Russian") {
		t.Fatalf("clean --attributes: %d %q %q %v", code, got, errw, err)
	}
	// Read as plain text, the input is one document.
	if _, errw, code := run(in, "clean", "--format", "text", "--attributes", attrs); code != 0 {
		t.Fatalf("--attributes on plain text: %d %q", code, errw)
	}
	if got, _ := os.ReadFile(attrs); !strings.HasPrefix(string(got), `{"id":"<stdin>","attributes":{`) || strings.Count(string(got), "\n") != 1 {
		t.Fatalf("attributes of plain text: %s", got)
	}
}

func wetRecord(id, text string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/%s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		id, id, len(text), text)
}

func TestWARCAndHTML(t *testing.T) {
	wet := wetRecord("a", "The Russ\u0456an embassy") + wetRecord("b", "Plain text.")
	out, errw, code := run(wet, "clean")
	if code != 0 || !strings.Contains(out, "WARC-Refers-To: <urn:uuid:a>") || !strings.Contains(out, "\r\n\r\nThe Russian embassy\r\n\r\n") ||
		!strings.HasSuffix(out, wetRecord("b", "Plain text.")) {
		t.Fatalf("WET: %d %q %q", code, out, errw)
	}
	out, _, code = run(wet, "clean", "--to", "jsonl")
	if code != 0 || !strings.HasPrefix(out, `{"id":"<urn:uuid:a>","url":"https://example.com/a","text":"The Russian embassy","unspin":{`) || strings.Count(out, "\n") != 2 {
		t.Fatalf("WET to JSON lines: %d %q", code, out)
	}
	if _, errw, code := run("plain text", "clean", "--format", "warc"); code != 2 || !strings.Contains(errw, "not a WARC file") {
		t.Fatalf("--format warc on text: %d %q", code, errw)
	}
	page := `<html><body><p title="Russ` + "\u0456" + `an">The Russ&#1110;an embassy &amp; <b>more</b></p><script>Russ` + "\u0456" + `an</script></body></html>`
	out, _, code = run(page, "clean", "--format", "html")
	want := `<html><body><p title="Russian">The Russian embassy &amp; <b>more</b></p><script>Russ` + "\u0456" + `an</script></body></html>`
	if code != 0 || out != want {
		t.Fatalf("HTML in place: %d\n%s\nwant\n%s", code, out, want)
	}
}

func TestWARCAfterABlankLine(t *testing.T) {
	wet := "\r\n" + wetRecord("a", "The Russ\u0456an embassy") // a blank line first
	if out, _, code := run(wet, "clean"); code != 0 || !strings.Contains(out, "WARC-Refers-To: <urn:uuid:a>") {
		t.Fatalf("WET after a blank line: %d %q", code, out)
	}
}
