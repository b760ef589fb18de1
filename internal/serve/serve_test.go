package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/corpus"
	"github.com/unspin/unspin/internal/jsontext"
	"github.com/unspin/unspin/internal/seedtest"
)

// seed returns the seed article and what unspin must make of it, and
// skips the test where the seed is not at hand (see seedtest).
func seed(t testing.TB) (text, expected string) {
	t.Helper()
	text, expected, err := seedFiles()
	if err != nil {
		t.Skipf("the seed article is not in this checkout (set UNSPIN_SEED_DIR): %v", err)
	}
	return text, expected
}

func seedFiles() (string, string, error) { return seedtest.Files() }

// example is the spun Brown article shipped in testdata.
func example(t testing.TB) (text, expected string) {
	t.Helper()
	in, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../testdata/example.expected.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(in), string(want)
}

func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

func post(t testing.TB, h http.Handler, path, contentType string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func textRequest(t testing.TB, text string, extra map[string]any) []byte {
	t.Helper()
	m := map[string]any{"text": text}
	for k, v := range extra {
		m[k] = v
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type response struct {
	Text       *string         `json:"text"`
	Edits      []unspin.Edit   `json:"edits"`
	Obfuscated float64         `json:"obfuscated"`
	Spam       *float64        `json:"spam"`
	Dropped    bool            `json:"dropped"`
	Chars      map[string]Char `json:"chars"`
	Invalid    [][2]int        `json:"invalid_utf8"`
	Error      string          `json:"error"`
}

func decode(t testing.TB, w *httptest.ResponseRecorder) response {
	t.Helper()
	var r response
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
		t.Fatalf("response is not JSON (%v): %q", err, w.Body.String())
	}
	return r
}

// TestCleanDocuments: a document through POST /v1/clean comes back as the
// library cleans it, with the same edits.
func TestCleanDocuments(t *testing.T) {
	for _, tc := range []struct {
		name string
		pair func(testing.TB) (string, string)
	}{{"seed", seed}, {"example", example}} {
		t.Run(tc.name, func(t *testing.T) {
			in, want := tc.pair(t)
			w := post(t, New(Config{Logger: quiet()}), "/v1/clean", "application/json", textRequest(t, in, nil))
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			r := decode(t, w)
			if r.Text == nil || *r.Text != want {
				t.Fatalf("cleaned text differs from the expected one")
			}
			lib := unspin.Clean(in)
			if len(r.Edits) != len(lib.Edits) || len(r.Edits) == 0 {
				t.Fatalf("%d edits, the library makes %d", len(r.Edits), len(lib.Edits))
			}
			for i, e := range lib.Edits {
				e.Reason = "" // given only with "explain"
				if r.Edits[i] != e {
					t.Fatalf("edit %d: %+v, library %+v", i, r.Edits[i], e)
				}
			}
			// Scores are written rounded to 4 decimals, as everywhere.
			if r.Spam == nil || *r.Spam != jsontext.Round(*lib.Spam) || r.Obfuscated != jsontext.Round(lib.Obfuscated) {
				t.Fatalf("scores %v %v, library %v %v", *r.Spam, r.Obfuscated, *lib.Spam, lib.Obfuscated)
			}
		})
	}
}

func TestCleanOptions(t *testing.T) {
	s := New(Config{Logger: quiet()})
	in, _ := example(t)

	r := decode(t, post(t, s, "/v1/clean", "application/json", textRequest(t, in, map[string]any{"explain": true, "describe": true})))
	if r.Edits[0].Reason == "" {
		t.Error(`"explain": no reasons`)
	}
	var homoglyph *unspin.Edit
	for i := range r.Edits {
		if r.Edits[i].Kind == unspin.Homoglyph {
			homoglyph = &r.Edits[i]
			break
		}
	}
	if homoglyph == nil {
		t.Fatal("no homoglyph edit in the example")
	}
	for _, ch := range homoglyph.Before {
		c, ok := r.Chars[keyOf(ch)]
		if !ok || c.Name == "" || c.Script == "" || c.Char != string(ch) {
			t.Errorf(`"describe": %q named %+v`, ch, c)
		}
	}

	r = decode(t, post(t, s, "/v1/clean", "application/json", textRequest(t, in, map[string]any{"max_spam": 0.5})))
	if !r.Dropped || r.Text != nil || len(r.Edits) == 0 {
		t.Errorf(`"max_spam": 0.5 on a spam document: dropped %v, text %v`, r.Dropped, r.Text != nil)
	}

	w := post(t, s, "/v1/check", "application/json", textRequest(t, in, nil))
	if r := decode(t, w); w.Code != http.StatusOK || r.Text != nil || len(r.Edits) == 0 {
		t.Errorf("/v1/check: status %d, text %v, %d edits", w.Code, r.Text != nil, len(r.Edits))
	}
}

func keyOf(r rune) string {
	b, _ := json.Marshal(describe([]unspin.Edit{{Kind: unspin.Homoglyph, Before: string(r)}}))
	var m map[string]Char
	json.Unmarshal(b, &m)
	for k := range m {
		return k
	}
	return ""
}

// TestErrors: every bad request gets a 4xx with a message that says what
// is wrong, and what is merely odd is cleaned.
func TestErrors(t *testing.T) {
	s := New(Config{Logger: quiet(), MaxStreamBytes: 32 << 20})
	big := append(append([]byte(`{"text": "`), bytes.Repeat([]byte("a"), 64<<20)...), `"}`...)
	for _, tc := range []struct {
		name, path, ctype string
		body              []byte
		code              int
		says              string
	}{
		{"64 MiB body", "/v1/clean", "application/json", big, 413, "larger than 8388608 bytes"},
		{"64 MiB stream", "/v1/clean", "application/x-ndjson", big, 413, "larger than"},
		{"truncated JSON", "/v1/clean", "application/json", []byte(`{"text": "Russ`), 400, "unexpected end of JSON input"},
		{"bad JSON", "/v1/check", "application/json", []byte(`{"text" "x"}`), 400, "malformed JSON: invalid character"},
		{"empty body", "/v1/clean", "", nil, 400, "malformed JSON"},
		{"not an object", "/v1/clean", "application/json", []byte(`["text"]`), 400, "JSON object"},
		{"no text", "/v1/clean", "application/json", []byte(`{"body": "x"}`), 400, `no string field "text"`},
		{"text not a string", "/v1/clean", "application/json", []byte(`{"text": 3}`), 400, `"text" must be a string`},
		{"max_spam out of range", "/v1/clean", "application/json", []byte(`{"text": "x", "max_spam": 2}`), 400, "above 0 and at most 1"},
		{"explain not a bool", "/v1/clean", "application/json", []byte(`{"text": "x", "explain": "yes"}`), 400, "true or false"},
		{"bad stream option", "/v1/clean?max_spam=x", "application/x-ndjson", []byte(`{"text": "x"}`), 400, "max_spam"},
		{"nested 8 MiB deep", "/v1/check", "application/json", append([]byte(`{"text": "x", "a": `), bytes.Repeat([]byte("["), 8<<20-32)...), 400, "nested deeper than 512"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := post(t, s, tc.path, tc.ctype, tc.body)
			if w.Code != tc.code || !strings.Contains(decode(t, w).Error, tc.says) {
				t.Fatalf("status %d %.300q, want %d saying %q", w.Code, w.Body, tc.code, tc.says)
			}
		})
	}
}

// TestInvalidUTF8: bytes that are not UTF-8 come back as they came, are
// reported, and are no server error, as with the CLI.
func TestInvalidUTF8(t *testing.T) {
	body := []byte("{\"text\": \"ab\xff\xfe Russ\u0456an \\ud800\"}")
	w := post(t, New(Config{Logger: quiet()}), "/v1/clean", "application/json", body)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if !bytes.HasPrefix(w.Body.Bytes(), []byte("{\"text\":\"ab\xff\xfe Russian \\ud800\",")) {
		t.Fatalf("%q", w.Body)
	}
	if r := decode(t, w); len(r.Invalid) != 2 || len(r.Edits) != 1 {
		t.Fatalf("invalid_utf8 %v, edits %v", r.Invalid, r.Edits)
	}
}

func TestRoutes(t *testing.T) {
	s := New(Config{Logger: quiet()})
	for _, tc := range []struct {
		method, path string
		code         int
		ctype        string
	}{
		{"GET", "/healthz", 200, "text/plain"},
		{"GET", "/metrics", 200, "text/plain"},
		{"GET", "/", 200, "text/html"},
		{"GET", "/v1/clean", 405, ""},
		{"GET", "/nothing", 404, ""},
	} {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest(tc.method, tc.path, nil))
		if w.Code != tc.code || !strings.HasPrefix(w.Header().Get("Content-Type"), tc.ctype) {
			t.Errorf("%s %s: %d %q", tc.method, tc.path, w.Code, w.Header().Get("Content-Type"))
		}
	}
}

// TestStream: JSON Lines through the service come back as the CLI writes
// them (corpus.JSONL).
func TestStream(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/dev/brown.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(raw, []byte("\n"))
	in := append(bytes.Join(lines[:12], nil), []byte("not json\n")...)
	var want bytes.Buffer
	if _, err := corpus.JSONL(context.Background(), &want, bytes.NewReader(in), corpus.Options{MaxSpam: 0.5, Explain: true}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Config{Logger: quiet()}))
	defer srv.Close()
	res, err := http.Post(srv.URL+"/v1/clean?max_spam=0.5&explain=1", "application/x-ndjson", bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || res.StatusCode != 200 {
		t.Fatal(res.Status, err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("stream differs from corpus.JSONL:\n%.300s\nwant\n%.300s", got, want.Bytes())
	}
	if res.Trailer.Get("Unspin-Lines") != "13" || res.Trailer.Get("Unspin-Failed") != "1" || res.Trailer.Get("Unspin-Dropped") == "0" {
		t.Fatalf("trailers %v", res.Trailer)
	}
}

// TestBusy: beyond MaxInFlight requests are turned away with 503 and
// Retry-After, and served again once there is room.
func TestBusy(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	s := New(Config{Logger: quiet(), MaxInFlight: 1, Clean: func(s string) unspin.Report {
		entered <- struct{}{}
		<-release
		return unspin.Clean(s)
	}})
	body := textRequest(t, "x", nil)
	first := make(chan int)
	go func() { first <- post(t, s, "/v1/clean", "application/json", body).Code }()
	<-entered
	w := post(t, s, "/v1/clean", "application/json", body)
	if w.Code != 503 || w.Header().Get("Retry-After") == "" {
		t.Fatalf("second request: %d, Retry-After %q", w.Code, w.Header().Get("Retry-After"))
	}
	if w := httptest.NewRecorder(); true {
		s.ServeHTTP(w, httptest.NewRequest("GET", "/healthz", nil))
		if w.Code != 200 {
			t.Fatalf("healthz while busy: %d", w.Code)
		}
	}
	close(release)
	if c := <-first; c != 200 {
		t.Fatalf("first request: %d", c)
	}
	go func() { <-entered }()
	if c := post(t, s, "/v1/clean", "application/json", body).Code; c != 200 {
		t.Fatalf("after: %d", c)
	}
}

// TestPanic: a panic in cleaning is a 500 with a message and a log line,
// and the next request is served.
func TestPanic(t *testing.T) {
	var logs bytes.Buffer
	s := New(Config{Logger: slog.New(slog.NewTextHandler(&logs, nil)), Clean: func(s string) unspin.Report {
		if s == "boom" {
			panic("boom")
		}
		return unspin.Clean(s)
	}})
	w := post(t, s, "/v1/clean", "application/json", textRequest(t, "boom", nil))
	if w.Code != 500 || decode(t, w).Error != "internal error" {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	if !strings.Contains(logs.String(), "level=ERROR msg=panic") || !strings.Contains(logs.String(), "status=500") {
		t.Fatalf("log: %s", logs.String())
	}
	if w := post(t, s, "/v1/clean", "application/json", textRequest(t, "fine", nil)); w.Code != 200 {
		t.Fatalf("after the panic: %d", w.Code)
	}
}

// TestLogAndMetrics: every request is logged; the metrics count requests,
// bytes, latency and edits by kind.
func TestLogAndMetrics(t *testing.T) {
	var logs bytes.Buffer
	s := New(Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	in, _ := example(t)
	post(t, s, "/v1/clean", "application/json", textRequest(t, in, nil))
	post(t, s, "/v1/clean", "application/json", []byte("{"))
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	m := w.Body.String()
	for _, want := range []string{
		`unspin_http_requests_total{code="200",route="POST /v1/clean"} 1`,
		`unspin_http_requests_total{code="400",route="POST /v1/clean"} 1`,
		`unspin_http_request_duration_seconds_count{route="POST /v1/clean"} 2`,
		`unspin_edits_total{kind="homoglyph"}`,
		`unspin_edits_total{kind="spam-sentence"}`,
		`unspin_documents_total 1`,
		`unspin_http_request_bytes_total{route="POST /v1/clean"}`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if n := strings.Count(logs.String(), `"msg":"request"`); n != 3 {
		t.Errorf("%d request log lines for 3 requests:\n%s", n, logs.String())
	}
}

// TestGracefulShutdown: on cancellation the server stops taking
// connections and finishes the request in flight.
func TestGracefulShutdown(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{})
	var once sync.Once
	s := New(Config{Logger: quiet(), Clean: func(s string) unspin.Report {
		once.Do(func() { close(entered) })
		<-release
		return unspin.Clean(s)
	}})
	url, stop := serveOn(t, s)
	got := make(chan string)
	go func() {
		res, err := http.Post(url+"/v1/clean", "application/json", strings.NewReader(`{"text": "Russ\u0456an"}`))
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		got <- res.Status + " " + string(b)
	}()
	<-entered
	done := make(chan error, 1)
	go func() { done <- stop() }()
	time.Sleep(100 * time.Millisecond) // Shutdown has closed the listener
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Error("a new connection was accepted during shutdown")
	}
	close(release)
	if r := <-got; !strings.HasPrefix(r, "200 OK {\"text\":\"Russian\"") {
		t.Fatalf("request in flight: %s", r)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestStreamIsStreamed: a line comes back while the body is still open,
// and a panic on one line fails that line only.
func TestStreamIsStreamed(t *testing.T) {
	base := startServer(t, New(Config{Logger: quiet(), Clean: func(s string) unspin.Report {
		if s == "boom" {
			panic("boom")
		}
		return unspin.Clean(s)
	}}))
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", base+"/v1/clean", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	resc := make(chan *http.Response)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			close(resc)
			return
		}
		resc <- res
	}()
	io.WriteString(pw, `{"text": "boom"}`+"\n"+`{"text": "Russ\u0456an"}`+"\n")
	res := <-resc
	if res == nil {
		t.FailNow()
	}
	defer res.Body.Close()
	br := bufio.NewReader(res.Body)
	first, _ := br.ReadString('\n')
	second, err := br.ReadString('\n') // before the body is closed
	if err != nil || first != `{"text": "boom"}`+"\n" || !strings.HasPrefix(second, `{"text": "Russian","unspin"`) {
		t.Fatalf("%q %q %v", first, second, err)
	}
	pw.Close()
	io.ReadAll(br)
	if res.Trailer.Get("Unspin-Failed") != "1" || res.Trailer.Get("Unspin-Lines") != "2" {
		t.Fatalf("trailers %v", res.Trailer)
	}
}

// TestQueueTimeout: a request that gets no worker in time is answered 503
// with Retry-After, before its body is read.
func TestQueueTimeout(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	s := New(Config{Logger: quiet(), Workers: 1, QueueTimeout: 50 * time.Millisecond, Clean: func(s string) unspin.Report {
		entered <- struct{}{}
		<-release
		return unspin.Clean(s)
	}})
	first := make(chan int)
	go func() { first <- post(t, s, "/v1/clean", "application/json", textRequest(t, "x", nil)).Code }()
	<-entered
	w := post(t, s, "/v1/clean", "application/json", textRequest(t, "y", nil))
	if w.Code != 503 || w.Header().Get("Retry-After") == "" || !strings.Contains(decode(t, w).Error, "no turn within 50ms") {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	close(release)
	if c := <-first; c != 200 {
		t.Fatalf("first: %d", c)
	}
}

// TestSilentStream: a stream whose client stops sending lets go of its
// slot after the read timeout.
func TestSilentStream(t *testing.T) {
	s := New(Config{Logger: quiet(), MaxInFlight: 1, Timeouts: Timeouts{Read: 200 * time.Millisecond}})
	base := startServer(t, s)
	pr, pw := io.Pipe()
	defer pw.Close()
	req, _ := http.NewRequest("POST", base+"/v1/clean", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	go func() {
		if res, err := http.DefaultClient.Do(req); err == nil {
			io.ReadAll(res.Body)
			res.Body.Close()
		}
	}()
	// First the stream holds the only slot, then, silent, it loses it.
	deadline := time.Now().Add(5 * time.Second)
	for len(s.admit) == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond) // the stream is admitted before anything else is asked
	}
	for _, want := range []int{503, 200} {
		for {
			res, err := http.Post(base+"/v1/check", "application/json", strings.NewReader(`{"text": "x"}`))
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode == want {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("waiting for %d: still %s after 5 s", want, res.Status)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// rawPost writes a request the way Python's urllib does: headers without
// "Expect: 100-continue", then the whole body, and only then reads the
// answer. It returns the status line and body, or the error that kept
// the client from reading them.
func rawPost(t *testing.T, base, path, headers string, body io.Reader, size int64) (string, error) {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(60 * time.Second))
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\n%sContent-Length: %d\r\n\r\n", path, headers, size)
	if _, err := io.Copy(conn, body); err != nil {
		return "", fmt.Errorf("writing the body: %w", err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		return "", fmt.Errorf("reading the answer: %w", err)
	}
	b, _ := io.ReadAll(res.Body)
	return res.Status + " " + string(b), nil
}

// TestTooLargeForSimpleClients: a client that writes a 70 MB body whole
// before it reads (no Expect, as Python's urllib) reads the 413 naming the
// cap, for a JSON document, a text and a stream; one that asks
// "Expect: 100-continue" gets the 413 instead of the 100.
func TestTooLargeForSimpleClients(t *testing.T) {
	base := startServer(t, New(Config{Logger: quiet(), MaxStreamBytes: 32 << 20}))
	const size = 70 << 20
	for _, tc := range []struct{ path, ctype, says string }{
		{"/v1/clean", "application/json", "larger than 8388608 bytes (--max-body-bytes)"},
		{"/v1/check", "text/plain", "larger than 8388608 bytes (--max-body-bytes)"},
		{"/v1/clean", "application/x-ndjson", "larger than 33554432 bytes (--max-stream-bytes)"},
	} {
		got, err := rawPost(t, base, tc.path, "Content-Type: "+tc.ctype+"\r\n", io.LimitReader(zeros{}, size), size)
		if err != nil || !strings.HasPrefix(got, "413 ") || !strings.Contains(got, tc.says) {
			t.Errorf("%s %s: %q, %v", tc.path, tc.ctype, got, err)
		}
	}
	// Expect: the 413 comes at once, and no "100 Continue" before it.
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(conn, "POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: %d\r\n\r\n", size)
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "HTTP/1.1 413 ") {
		t.Fatalf("with Expect: %q %v", line, err)
	}
}

// zeros is an endless reader of 'a'.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestChunkedTooLarge: a body of no declared length over the cap is
// answered 413 too, once read so far, and the client reads it.
func TestChunkedTooLarge(t *testing.T) {
	base := startServer(t, New(Config{Logger: quiet(), MaxBodyBytes: 1 << 20}))
	res, err := http.Post(base+"/v1/clean", "text/plain", io.LimitReader(zeros{}, 20<<20)) // a reader of unknown length: chunked
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 413 || !strings.Contains(string(b), "(--max-body-bytes)") {
		t.Fatalf("%d %s", res.StatusCode, b)
	}
}

// TestPlainText: a text/plain body is the text itself: the cleaned text
// comes back as text/plain with the scores in headers, or the JSON answer
// where the client accepts JSON; a body of another type is answered 415.
func TestPlainText(t *testing.T) {
	s := New(Config{Logger: quiet()})
	w := post(t, s, "/v1/clean", "text/plain; charset=utf-8", []byte("The Russ\u0456an embassy"))
	if w.Code != 200 || w.Body.String() != "The Russian embassy" || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/plain") ||
		w.Header().Get("Unspin-Edits") != "1" || w.Header().Get("Unspin-Obfuscated") != "0.55" {
		t.Fatalf("%d %q %v", w.Code, w.Body, w.Header())
	}
	req := httptest.NewRequest("POST", "/v1/clean?explain=true", strings.NewReader("The Russ\u0456an <embassy>"))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("Accept", "application/json")
	w = httptest.NewRecorder()
	s.ServeHTTP(w, req)
	if r := decode(t, w); w.Code != 200 || r.Text == nil || *r.Text != "The Russian <embassy>" || len(r.Edits) != 1 || !strings.Contains(w.Body.String(), `"reason":"Cyrillic`) {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	if !strings.Contains(w.Body.String(), "<embassy>") {
		t.Fatalf("HTML-escaped: %s", w.Body)
	}
	w = post(t, s, "/v1/check", "text/plain", []byte("The Russ\u0456an embassy"))
	if r := decode(t, w); w.Code != 200 || r.Text != nil || len(r.Edits) != 1 {
		t.Fatalf("check: %d %s", w.Code, w.Body)
	}
	for _, ct := range []string{"application/pdf", "multipart/form-data; boundary=x"} {
		w = post(t, s, "/v1/clean", ct, []byte("x"))
		if w.Code != 415 || !strings.Contains(decode(t, w).Error, "text/plain (the text itself)") {
			t.Fatalf("%s: %d %s", ct, w.Code, w.Body)
		}
	}
	// curl -d sends application/x-www-form-urlencoded: read as JSON.
	if w = post(t, s, "/v1/clean", "application/x-www-form-urlencoded", []byte(`{"text": "x"}`)); w.Code != 200 {
		t.Fatalf("form: %d %s", w.Code, w.Body)
	}
}
