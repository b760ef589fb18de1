package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func gunzipped(t *testing.T, s string) string {
	t.Helper()
	r, err := gzip.NewReader(strings.NewReader(s))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	var b bytes.Buffer
	if _, err := b.ReadFrom(r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// jsonLines checks that s is JSON Lines, each with an "unspin" report, and
// returns the decoded lines.
func jsonLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d is not JSON (%v): %.200q", i+1, err, l)
		}
		out = append(out, m)
	}
	return out
}

// A document of each format, with one look-alike letter to find (Cyrillic
// і in "Russіan") and, in HTML, the same word where it must be left alone.
var (
	jsonlDoc = `{"id": "a", "text": "The Russ\u0456an embassy said so."}` + "\n" + `{"id": "b", "text": "Plain text."}` + "\n"
	textDoc  = "The Russіan embassy said so.\n\nPlain text.\n"
	htmlPage = "<!DOCTYPE html>\n<html><head><title>Russіan</title><style>/* Russіan */</style></head>\n" +
		"<body><!-- Russіan --><p>The Russіan embassy &amp; <b>more</b>.</p><script>var s = \"Russіan\";</script></body></html>\n"
	htmlFragment = "<p>The Russіan embassy said so.</p>\n" // no doctype: HTML by name only
	warcDoc      = wetRecord("a", "The Russ\u0456an embassy said so.") + wetRecord("b", "Plain text.")
)

// TestEveryFormatEveryCommand: clean, check and tag on JSON Lines (plain
// and gzip), HTML, WARC and plain text, each known by its name and by its
// content alone.
func TestEveryFormatEveryCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	type files struct{ byName, byContent string }
	cases := []struct {
		format string
		in     files
		clean  func(t *testing.T, out string)
		check  []string // what check says, in order
		tag    []string // the attributes lines' beginnings
	}{
		{
			format: "jsonl",
			in:     files{write("docs.jsonl", jsonlDoc), write("docs-jsonl", jsonlDoc)},
			clean: func(t *testing.T, out string) {
				lines := jsonLines(t, out)
				if len(lines) != 2 || lines[0]["text"] != "The Russian embassy said so." || lines[0]["unspin"] == nil || lines[1]["id"] != "b" {
					t.Fatalf("%q", out)
				}
			},
			check: []string{":1 (a): text 1:9: homoglyph: Russіan → Russian (Cyrillic U+0456", ": 1 finding (1 homoglyph) in 1 of 2 documents"},
			tag:   []string{`{"id":"a","attributes":{"unspin__homoglyph":[[8,9,1.0]],"unspin__obfuscated":[[0,28,0.55]]`, `{"id":"b","attributes":{"unspin__obfuscated":[[0,11,0.0]]`},
		},
		{
			format: "jsonl.gz",
			in:     files{write("docs.jsonl.gz", gzipped(t, jsonlDoc)), write("docs-gz", gzipped(t, jsonlDoc))},
			clean: func(t *testing.T, out string) {
				if lines := jsonLines(t, out); len(lines) != 2 || lines[0]["text"] != "The Russian embassy said so." {
					t.Fatalf("%q", out)
				}
			},
			check: []string{":1 (a): text 1:9: homoglyph: Russіan → Russian", ": 1 finding (1 homoglyph) in 1 of 2 documents"},
			tag:   []string{`{"id":"a","attributes":{"unspin__homoglyph":[[8,9,1.0]]`, `{"id":"b","attributes":{`},
		},
		{
			format: "html",
			in:     files{write("page.html", htmlFragment), write("page", htmlPage)},
			clean: func(t *testing.T, out string) {
				var want string
				if strings.HasPrefix(out, "<!DOCTYPE") {
					// Title and text node cleaned; style, comment and script not.
					want = strings.Replace(strings.Replace(htmlPage, "<title>Russіan", "<title>Russian", 1), "The Russіan", "The Russian", 1)
				} else {
					want = strings.Replace(htmlFragment, "Russіan", "Russian", 1)
				}
				if out != want {
					t.Fatalf("%q\nwant %q", out, want)
				}
			},
			check: []string{"homoglyph: Russіan → Russian", "finding"},
			tag:   []string{`{"id":"`},
		},
		{
			format: "warc",
			in:     files{write("crawl.warc", warcDoc), write("crawl-data", warcDoc)},
			clean: func(t *testing.T, out string) {
				if !strings.Contains(out, "WARC-Refers-To: <urn:uuid:a>") || !strings.HasSuffix(out, wetRecord("b", "Plain text.")) {
					t.Fatalf("%q", out)
				}
			},
			check: []string{": record 1 (https://example.com/a): text 1:9: homoglyph: Russіan → Russian", ": 1 finding (1 homoglyph) in 1 of 2 documents"},
			tag:   []string{`{"id":"<urn:uuid:a>","attributes":{"unspin__homoglyph":[[8,9,1.0]]`, `{"id":"<urn:uuid:b>","attributes":{`},
		},
		{
			format: "text",
			in:     files{write("article.txt", textDoc), "-"},
			clean: func(t *testing.T, out string) {
				if out != strings.Replace(textDoc, "Russіan", "Russian", 1) {
					t.Fatalf("%q", out)
				}
			},
			check: []string{":1:9: homoglyph: Russіan → Russian (Cyrillic U+0456", ": 1 finding (1 homoglyph) in 1 document"},
			tag:   []string{`{"id":"`},
		},
	}
	for _, tc := range cases {
		for _, by := range []string{"name", "content"} {
			file := tc.in.byName
			if by == "content" {
				file = tc.in.byContent
			}
			stdin := ""
			if file == "-" {
				stdin = textDoc
			}
			t.Run(tc.format+" by "+by, func(t *testing.T) {
				out, errw, code := run(stdin, "clean", "-q", file)
				if code != 0 {
					t.Fatalf("clean: exit %d: %s", code, errw)
				}
				if strings.HasSuffix(tc.format, ".gz") && strings.HasPrefix(out, "\x1f\x8b") {
					out = gunzipped(t, out)
				}
				tc.clean(t, out)

				out, errw, code = run(stdin, "check", file)
				if code != 1 {
					t.Fatalf("check: exit %d, %q %q", code, out, errw)
				}
				// Each line wanted, in order; the totals last.
				lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
				at := 0
				for _, want := range tc.check {
					for at < len(lines) && !strings.Contains(lines[at], want) {
						at++
					}
					if at == len(lines) {
						t.Fatalf("check said\n%s\nwith no line holding %q after the others", out, want)
					}
				}
				if at != len(lines)-1 {
					t.Errorf("check did not end with its totals:\n%s", out)
				}

				out, errw, code = run(stdin, "tag", file)
				lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
				if code != 0 || len(lines) != len(tc.tag) {
					t.Fatalf("tag: exit %d, %d lines, want %d:\n%s%s", code, len(lines), len(tc.tag), out, errw)
				}
				for i, want := range tc.tag {
					if !strings.HasPrefix(lines[i], want) {
						t.Errorf("tag line %d: %q, want %q…", i+1, lines[i], want)
					}
					if !json.Valid([]byte(lines[i])) {
						t.Errorf("tag line %d is not JSON", i+1)
					}
				}
			})
		}
	}
}

// spunJSONL is JSON Lines whose texts end in a link-spam sentence: cleaned
// as plain text, the sentence's removal would take the closing quote.
func spunJSONL(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for i, p := range strings.Split(string(b), "\n\n")[:6] {
		line, _ := json.Marshal(map[string]any{"id": i, "text": p + " For more information on best CBD gummies look at our web page."})
		out.Write(line)
		out.WriteByte('\n')
	}
	return out.String()
}

// TestJSONLinesComeBackJSONLines: a JSON Lines file given without flags
// comes back as valid JSON Lines; read as plain text on purpose, no line of
// valid JSON is made invalid, and that is said.
func TestJSONLinesComeBackJSONLines(t *testing.T) {
	in := spunJSONL(t)
	f := filepath.Join(t.TempDir(), "docs.txt") // a name that says nothing
	if err := os.WriteFile(f, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errw, code := run("", "clean", f)
	lines := jsonLines(t, out)
	if code != 0 || len(lines) != 6 {
		t.Fatalf("exit %d, %d lines: %s", code, len(lines), errw)
	}
	for _, l := range lines {
		if strings.Contains(l["text"].(string), "CBD") || l["unspin"] == nil {
			t.Fatalf("spam left, or no report: %v", l)
		}
	}
	out, errw, code = run("", "clean", "--format", "text", f)
	jsonLines(t, out)
	if code != 1 || !strings.Contains(errw, "lines of valid JSON kept as they were (is it JSON Lines? --format jsonl)") {
		t.Fatalf("as text: exit %d, %q", code, errw)
	}
}

// TestCheckSkipsWhatCleanLeaves: check reports no finding inside a page's
// script, style or comment, nor in a WARC's records without text.
func TestCheckSkipsWhatCleanLeaves(t *testing.T) {
	out, _, code := run(htmlPage, "check")
	if code != 1 || !strings.Contains(out, "<stdin>:2:24: homoglyph: Russіan → Russian") || !strings.Contains(out, "<stdin>:3:34: homoglyph: Russіan → Russian") ||
		!strings.Contains(out, "2 findings (2 homoglyph)") {
		t.Fatalf("exit %d:\n%s", code, out) // the title and the paragraph, then the summary
	}
	request := "WARC/1.0\r\nWARC-Type: request\r\nWARC-Record-ID: <urn:uuid:r>\r\nContent-Type: application/http; msgtype=request\r\nContent-Length: 24\r\n\r\nGET /Russіan HTTP/1.1\r\n\r\n\r\n"
	if out, _, code := run(request+wetRecord("b", "Plain text."), "check"); code != 0 || out != "" {
		t.Fatalf("WARC without spoofed text: exit %d %q", code, out)
	}
}

// TestCheckPlurals: one finding is "1 finding"; totals per kind.
func TestCheckPlurals(t *testing.T) {
	out, _, _ := run("The Russіan embassy.", "check")
	if !strings.Contains(out, ": 1 finding (1 homoglyph) in 1 document;") {
		t.Fatalf("%q", out)
	}
	out, _, _ = run("The Russіan embassy wеnt home.", "check")
	if !strings.Contains(out, ": 2 findings (2 homoglyph) in 1 document;") || !strings.Contains(out, "wеnt → went") {
		t.Fatalf("%q", out)
	}
}

func TestExplainOnTextPointsToCheck(t *testing.T) {
	if _, errw, code := run("The Russіan embassy.", "clean", "--explain"); code != 2 || !strings.Contains(errw, "unspin check") {
		t.Fatalf("exit %d %q", code, errw)
	}
}

// TestCheckLinesThatAreNoDocuments: JSON lines clean passes through are
// findings too, placed by their line.
func TestCheckLinesThatAreNoDocuments(t *testing.T) {
	out, _, code := run("{\"text\": \"ok\"}\nnot JSON\n", "check")
	if code != 1 || !strings.Contains(out, "<stdin>:2: not-a-document: not valid JSON; passed through unchanged") {
		t.Fatalf("exit %d %q", code, out)
	}
}
