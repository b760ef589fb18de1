package files

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
)

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// TestFormats: each format known by its name, by its content, or as asked.
func TestFormats(t *testing.T) {
	long := `{"text": "` + strings.Repeat("x", 2<<20) + `"}` + "\n"
	warc := "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
	for _, tc := range []struct {
		name, content string
		asked, want   Format
	}{
		{"docs.jsonl", "not even JSON\n", Auto, JSONL},
		{"docs.ndjson.gz", gz("{}\n"), Auto, JSONL},
		{"", `{"id": 1, "text": "a"}` + "\n" + `{"id": 2}`, Auto, JSONL},
		{"", "\ufeff\n" + `{"text": "a"}`, Auto, JSONL},
		{"docs.json.gz", gz(`{"text": "a"}` + "\n"), Auto, JSONL},
		{"", long, Auto, JSONL},
		{"", `{"text": "a"` + "\n", Auto, Text}, // not an object
		{"", "{\n  \"pretty\": true\n}\n", Auto, Text},
		{"", "[1, 2]\n", Auto, Text},
		{"page.html", "<p>a</p>", Auto, HTML},
		{"", "  <!DOCTYPE html><html>", Auto, HTML},
		{"", "<HTML lang=en>", Auto, HTML},
		{"", "<p>just a fragment</p>", Auto, Text},
		{"a.txt", `{"text": "a"}` + "\n", Auto, JSONL}, // content over a name that says nothing of it
		{"", `{"text": "a"}` + "\n", Text, Text},
		{"", "", Auto, Text},
		{"x.bin", warc, Auto, WARC},
		{"", gz(warc), Auto, WARC},
	} {
		in, err := Open(strings.NewReader(tc.content), tc.name, tc.asked)
		if err != nil || in.Format != tc.want {
			t.Errorf("%q %.40q as %v: %v, %v; want %v", tc.name, tc.content, tc.asked, in.Format, err, tc.want)
			continue
		}
		if in.Format != WARC && !strings.HasPrefix(tc.content, "\x1f\x8b") {
			if b, _ := io.ReadAll(in.R); string(b) != tc.content {
				t.Errorf("%q: the content read is not the input's", tc.name)
			}
		}
	}
	if _, err := Open(strings.NewReader(warc), "", JSONL); err == nil || !strings.Contains(err.Error(), "a WARC file, not jsonl") {
		t.Errorf("a WARC read as JSON Lines: %v", err)
	}
	if _, err := Open(strings.NewReader("text"), "", WARC); err == nil {
		t.Error("text read as a WARC")
	}
}

// TestSniffWaitsOnlyForTheFirstLine: on a pipe that gives its first line
// and then nothing, the format is known without waiting for more.
func TestSniffWaitsOnlyForTheFirstLine(t *testing.T) {
	pr, pw := io.Pipe()
	go pw.Write([]byte(`{"text": "a"}` + "\n"))
	done := make(chan Format, 1)
	go func() {
		in, _ := Open(pr, "", Auto)
		done <- in.Format
	}()
	if f := <-done; f != JSONL {
		t.Fatalf("%v", f)
	}
	pw.Close()
}

// TestGzipWriter: what the parallel writer compresses, in writes of any
// size, is one gzip member that gzip readers give back byte for byte
// (empty, under a block, blocks and a part, text that repeats across
// blocks so that the dictionaries matter).
func TestGzipWriter(t *testing.T) {
	var text bytes.Buffer
	for i := 0; text.Len() < 3*gzipBlock+12345; i++ {
		fmt.Fprintf(&text, `{"id": %d, "text": "The Russian embassy said so, %d times."}`+"\n", i, i%97)
	}
	for _, n := range []int{0, 100, gzipBlock, 2 * gzipBlock, text.Len()} {
		in := text.Bytes()[:n]
		for _, step := range []int{1 << 30, 4096, 777} {
			var out bytes.Buffer
			z := newGzipWriter(&out, gzip.DefaultCompression)
			for p := in; len(p) > 0; p = p[min(step, len(p)):] {
				if _, err := z.Write(p[:min(step, len(p))]); err != nil {
					t.Fatal(err)
				}
			}
			if err := z.Close(); err != nil {
				t.Fatal(err)
			}
			zr, err := gzip.NewReader(bytes.NewReader(out.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			zr.Multistream(false) // one member
			got, err := io.ReadAll(zr)
			if err != nil || !bytes.Equal(got, in) {
				t.Fatalf("%d bytes in writes of %d: %v, %d bytes back", n, step, err, len(got))
			}
			if n == text.Len() && step == 4096 && out.Len() > len(in)/5 {
				t.Errorf("%d bytes compressed to %d: the dictionaries are not used", n, out.Len())
			}
		}
	}
}

// TestGzipWriterError: a write error is returned, from Write or Close.
func TestGzipWriterError(t *testing.T) {
	z := newGzipWriter(failing{}, gzip.DefaultCompression)
	var err error
	for i := 0; i < 10 && err == nil; i++ {
		_, err = z.Write(make([]byte, gzipBlock))
	}
	if err = errors.Join(err, z.Close()); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("%v", err)
	}
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("disk full") }
