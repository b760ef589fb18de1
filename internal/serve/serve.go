// Package serve is unspin's HTTP service: documents cleaned or checked as
// JSON, JSON Lines streamed through, health, Prometheus metrics and a page
// where a person pastes text and sees every edit.
//
// A request flows through one chain: logging → metrics → panic recovery →
// admission (a cap on requests in flight, 503 beyond it) → the route. The
// cleaning itself waits for one of Workers slots, so however many requests
// are admitted, no more documents are cleaned at once than there are cores.
package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"mime"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/tidwall/gjson"
	"golang.org/x/sync/semaphore"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/corpus"
	"github.com/unspin/unspin/internal/jsonl"
	"github.com/unspin/unspin/internal/jsontext"
)

// Config sets the service's limits. Zero values take the defaults.
type Config struct {
	// MaxBodyBytes caps a request body; a larger one is answered 413
	// (default 8 MiB).
	MaxBodyBytes int64
	// MaxInFlight caps the requests to /v1/ handled at once; beyond it the
	// answer is 503 with Retry-After (default 256).
	MaxInFlight int
	// Workers is how many documents are cleaned at once (default: CPUs).
	Workers int
	// MaxStreamBytes caps a JSON Lines stream (default 1 GiB).
	MaxStreamBytes int64
	// MaxDocBytes caps the text of one line of a stream (default
	// MaxBodyBytes): a longer one passes through unchanged, reported.
	MaxDocBytes int
	// MaxDiscardBytes is how much of a body refused for its size is read
	// and thrown away, so that a client that writes all of it before it
	// reads (Python's urllib) gets the 413 rather than a reset connection
	// (default 256 MiB; negative: none). A body declared larger is not
	// read at all.
	MaxDiscardBytes int64
	// MaxBytesInFlight caps the request bodies held at once, waiting or
	// being cleaned (default 64 MiB, at least MaxBodyBytes), so that
	// memory stays bounded however many requests are admitted.
	MaxBytesInFlight int64
	// QueueTimeout is how long a request may wait for its turn before it
	// is answered 503 (default 10 s).
	QueueTimeout time.Duration
	// Timeouts are the server's; Write runs from the moment a document's
	// cleaning starts, so that waiting in the queue does not eat it.
	Timeouts Timeouts
	// StreamTimeout bounds a JSON Lines stream, which outlives the write
	// timeout; its reads must each come within Timeouts.Read (default 15
	// minutes).
	StreamTimeout time.Duration
	// Clean restores one text (default unspin.Clean).
	Clean func(string) unspin.Report
	// Logger receives one line per request (default slog.Default()).
	Logger *slog.Logger
}

// Defaults of the caps Config leaves at zero.
const (
	DefaultMaxBodyBytes    = 8 << 20
	DefaultMaxDiscardBytes = 256 << 20
)

// Server is the service's handler.
type Server struct {
	cfg     Config
	admit   chan struct{}       // requests in flight
	work    chan struct{}       // documents being cleaned
	bytes   *semaphore.Weighted // request bodies held
	metrics *metrics
	handler http.Handler
}

// New returns the service for cfg.
func New(cfg Config) *Server {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = 256
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.StreamTimeout <= 0 {
		cfg.StreamTimeout = 15 * time.Minute
	}
	if cfg.MaxStreamBytes <= 0 {
		cfg.MaxStreamBytes = 1 << 30
	}
	if cfg.MaxBytesInFlight <= 0 {
		cfg.MaxBytesInFlight = 64 << 20
	}
	if cfg.MaxDocBytes <= 0 {
		cfg.MaxDocBytes = int(cfg.MaxBodyBytes)
	}
	switch {
	case cfg.MaxDiscardBytes == 0:
		cfg.MaxDiscardBytes = DefaultMaxDiscardBytes
	case cfg.MaxDiscardBytes < 0:
		cfg.MaxDiscardBytes = 0 // none: the connection closes at once
	}
	cfg.MaxBytesInFlight = max(cfg.MaxBytesInFlight, cfg.MaxBodyBytes)
	if cfg.QueueTimeout <= 0 {
		cfg.QueueTimeout = 10 * time.Second
	}
	cfg.Timeouts = cfg.Timeouts.orDefaults()
	if cfg.Clean == nil {
		cfg.Clean = unspin.Clean
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{
		cfg:     cfg,
		admit:   make(chan struct{}, cfg.MaxInFlight),
		work:    make(chan struct{}, cfg.Workers),
		bytes:   semaphore.NewWeighted(cfg.MaxBytesInFlight),
		metrics: newMetrics(),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/clean", s.admitted(s.serveClean))
	mux.HandleFunc("POST /v1/check", s.admitted(s.serveCheck))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.Handle("GET /metrics", s.metrics.handler())
	mux.HandleFunc("GET /{$}", servePage)
	s.handler = s.logged(s.measured(recovered(cfg.Logger, mux)))
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Timeouts are the http.Server's; zero values take the defaults.
type Timeouts struct {
	Read, Write, Idle time.Duration
}

func (t Timeouts) orDefaults() Timeouts {
	if t.Read <= 0 {
		t.Read = 30 * time.Second
	}
	if t.Write <= 0 {
		t.Write = 60 * time.Second
	}
	if t.Idle <= 0 {
		t.Idle = 120 * time.Second
	}
	return t
}

// HTTPServer returns an http.Server for s on addr, with the timeouts of
// its Config, so that a slow or silent client cannot hold a connection
// for ever.
func (s *Server) HTTPServer(addr string) *http.Server {
	t := s.cfg.Timeouts
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: min(t.Read, 10*time.Second),
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
}

// admitted turns requests beyond MaxInFlight away at once, with a hint of
// when to come back, rather than queueing them without bound.
func (s *Server) admitted(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.admit <- struct{}{}:
			defer func() { <-s.admit }()
			h(w, r)
		default:
			busy(w, fmt.Sprintf("busy: %d requests in flight (--max-in-flight)", cap(s.admit)))
		}
	}
}

// errBusy: no turn came within QueueTimeout.
var errBusy = errors.New("busy")

// turn waits, at most QueueTimeout, for a worker slot and room for n bytes
// of body; release gives both back.
func (s *Server) turn(ctx context.Context, n int64) (release func(), err error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueueTimeout)
	defer cancel()
	n = min(n, s.cfg.MaxBytesInFlight)
	if err := s.bytes.Acquire(ctx, n); err != nil {
		return nil, errBusy
	}
	select {
	case s.work <- struct{}{}:
	case <-ctx.Done():
		s.bytes.Release(n)
		return nil, errBusy
	}
	return func() { <-s.work; s.bytes.Release(n) }, nil
}

// cleaned runs the cleaner (its caller holds a turn), counting what it did.
func (s *Server) cleaned(text string) unspin.Report {
	rep := s.cfg.Clean(text)
	s.metrics.cleaned(rep)
	return rep
}

// busy answers a request that got no turn.
func busy(w http.ResponseWriter, what string) {
	w.Header().Set("Retry-After", "1")
	writeError(w, http.StatusServiceUnavailable, what+"; retry after 1 s")
}

// request is what /v1/clean and /v1/check read: from a JSON body, or a
// text/plain body and the query.
type request struct {
	text     []byte  // the raw contents of the "text" string, escapes and all
	plain    bool    // text is the body itself, not JSON string contents
	maxSpam  float64 // 0: keep all
	explain  bool
	describe bool
	// tooLarge: refused for its size, what is left of the body unread.
	tooLarge bool
}

// readBody reads a body of at most MaxBodyBytes; on failure it has
// answered. A body over the cap is refused; what is left of it is read
// and thrown away once the caller lets go of its turn (s.discard).
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) (body []byte, ok, tooLarge bool) {
	raw := r.Body
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		var netErr net.Error
		switch {
		case errors.As(err, &tooLarge):
			s.refuse(w, tooLarge.Limit, "--max-body-bytes")
			r.Body = raw // for discard
			return nil, false, true
		case errors.As(err, &netErr) && netErr.Timeout():
			writeError(w, http.StatusRequestTimeout, fmt.Sprintf("the request body did not arrive within %v (--read-timeout)", s.cfg.Timeouts.Read))
		default:
			writeError(w, http.StatusBadRequest, "reading the request body: "+err.Error())
		}
		return nil, false, false
	}
	return body, true, false
}

// tooLarge answers 413 naming the cap, and closes the connection. A
// client that writes its whole body before it reads the answer (Python's
// urllib, most simple clients) would find the connection reset and never
// read the 413, so the rest of the body, up to MaxDiscardBytes, is read
// and thrown away first, within the read timeout, as mature servers do
// (nginx's lingering close); a body declared larger than that is not. A
// client that asked "Expect: 100-continue" was never told to go on and
// sends nothing more.
//
// started says the body was being read: a client that asked "Expect:
// 100-continue" was then told to go on (the first read does), and sends.
func (s *Server) tooLarge(w http.ResponseWriter, r *http.Request, started bool, limit int64, flag string) {
	s.refuse(w, limit, flag)
	s.discard(w, r, started)
}

// refuse answers 413 naming the cap, the connection to be closed.
func (s *Server) refuse(w http.ResponseWriter, limit int64, flag string) {
	w.Header().Set("Connection", "close")
	writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes (%s)", limit, flag))
	http.NewResponseController(w).Flush()
}

// discard reads what is left of a refused body (see tooLarge).
func (s *Server) discard(w http.ResponseWriter, r *http.Request, started bool) {
	if r.ContentLength > s.cfg.MaxDiscardBytes || !started && strings.EqualFold(r.Header.Get("Expect"), "100-continue") {
		return
	}
	rc := http.NewResponseController(w)
	rc.EnableFullDuplex()
	rc.SetReadDeadline(time.Now().Add(s.cfg.Timeouts.Read))
	io.CopyN(io.Discard, r.Body, s.cfg.MaxDiscardBytes)
}

// readRequest reads and checks a request; on failure it has answered.
func (s *Server) readRequest(w http.ResponseWriter, r *http.Request, plain bool) (request, bool) {
	body, ok, tooLarge := s.readBody(w, r)
	if !ok {
		return request{tooLarge: tooLarge}, false
	}
	if plain {
		req := request{text: body, plain: true}
		q := r.URL.Query()
		var problem string
		if v := q.Get("max_spam"); v != "" {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || !validCut(f) {
				problem = "max_spam must be a number above 0 and at most 1"
			}
			req.maxSpam = f
		}
		for name, p := range map[string]*bool{"explain": &req.explain, "describe": &req.describe} {
			if v := q.Get(name); v != "" {
				b, err := strconv.ParseBool(v)
				if err != nil {
					problem = name + " must be true or false"
				}
				*p = b
			}
		}
		if problem != "" {
			writeError(w, http.StatusBadRequest, problem)
			return request{}, false
		}
		return req, true
	}
	if jsonl.Nesting(body) > jsonl.MaxNesting {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("malformed JSON: nested deeper than %d levels", jsonl.MaxNesting))
		return request{}, false
	}
	if !gjson.ValidBytes(body) {
		writeError(w, http.StatusBadRequest, "malformed JSON: "+syntaxError(body)+
			` (send {"text": "..."} as application/json, or the text itself as text/plain)`)
		return request{}, false
	}
	doc := gjson.ParseBytes(body)
	if !doc.IsObject() {
		writeError(w, http.StatusBadRequest, `the body must be a JSON object such as {"text": "..."}`)
		return request{}, false
	}
	var req request
	var problem string
	doc.ForEach(func(k, v gjson.Result) bool {
		switch k.String() {
		case "text":
			if v.Type != gjson.String {
				problem = `"text" must be a string`
				return false
			}
			req.text = body[v.Index+1 : v.Index+len(v.Raw)-1]
		case "max_spam":
			if v.Type != gjson.Number || !validCut(v.Float()) {
				problem = `"max_spam" must be a number above 0 and at most 1`
				return false
			}
			req.maxSpam = v.Float()
		case "explain", "describe":
			if !v.IsBool() {
				problem = fmt.Sprintf("%q must be true or false", k.String())
				return false
			}
			if k.String() == "explain" {
				req.explain = v.Bool()
			} else {
				req.describe = v.Bool()
			}
		}
		return true
	})
	if problem == "" && req.text == nil {
		problem = `no string field "text"`
	}
	if problem != "" {
		writeError(w, http.StatusBadRequest, problem)
		return request{}, false
	}
	return req, true
}

// validCut reports a spam cut the service takes: above 0, at most 1.
func validCut(f float64) bool { return !math.IsNaN(f) && f > 0 && f <= 1 }

// syntaxError says where body stops being JSON, in encoding/json's words.
func syntaxError(body []byte) string {
	var v json.RawMessage
	err := json.Unmarshal(body, &v)
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	case err != nil:
		return err.Error()
	}
	return "not valid JSON"
}

func (s *Server) serveClean(w http.ResponseWriter, r *http.Request) { s.serveDocument(w, r, true) }

func (s *Server) serveCheck(w http.ResponseWriter, r *http.Request) { s.serveDocument(w, r, false) }

// Body kinds by Content-Type.
const (
	bodyJSON = iota
	bodyText
	bodyStream
	bodyOther
)

func bodyKind(r *http.Request) (int, string) {
	ct := r.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	switch mt {
	case "", "application/json", "text/json",
		"application/x-www-form-urlencoded": // what curl -d sends, unless told otherwise
		return bodyJSON, mt
	case "text/plain":
		return bodyText, mt
	case "application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines":
		return bodyStream, mt
	}
	return bodyOther, ct
}

// unsupported answers 415, saying what to send.
func unsupported(w http.ResponseWriter, what string) {
	writeError(w, http.StatusUnsupportedMediaType, what+`: send application/json ({"text": "..."}), text/plain (the text itself)`+
		" or, to /v1/clean, application/x-ndjson (JSON Lines)")
}

// serveDocument answers one document: with withText the cleaned text and
// the report, otherwise the report alone. A JSON body's text comes back
// with its escapes and any bytes that are not UTF-8 as they came, as the
// CLI keeps them; a text/plain body gets the cleaned text as text/plain
// (the report in Unspin-* headers), or the JSON answer where the client
// accepts application/json.
func (s *Server) serveDocument(w http.ResponseWriter, r *http.Request, withText bool) {
	kind, mt := bodyKind(r)
	switch {
	case kind == bodyOther:
		unsupported(w, fmt.Sprintf("Content-Type %q", mt))
		return
	case kind == bodyStream && !withText:
		unsupported(w, "/v1/check takes one document")
		return
	case kind == bodyStream:
		s.serveStream(w, r)
		return
	}
	// A body declared too large is refused before it is asked for.
	if r.ContentLength > s.cfg.MaxBodyBytes {
		s.tooLarge(w, r, false, s.cfg.MaxBodyBytes, "--max-body-bytes")
		return
	}
	size := r.ContentLength
	if size < 0 {
		size = s.cfg.MaxBodyBytes
	}
	release, err := s.turn(r.Context(), size)
	if err != nil {
		busy(w, fmt.Sprintf("busy: no turn within %v (--queue-timeout)", s.cfg.QueueTimeout))
		return
	}
	// The write timeout counts from here, not from the arrival.
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(s.cfg.Timeouts.Write))
	req, ok := s.readRequest(w, r, kind == bodyText)
	if !ok {
		release()
		if req.tooLarge {
			s.discard(w, r, true) // with the turn given back
		}
		return
	}
	defer release()
	var text []byte // the cleaned text as JSON string contents, or as it is
	var rep unspin.Report
	if req.plain {
		rep = s.cleaned(string(req.text))
		text = []byte(rep.Text)
	} else if text, rep, err = jsonl.CleanString(req.text, s.cleaned); err != nil {
		writeError(w, http.StatusBadRequest, `"text": `+err.Error())
		return
	}
	spam, judged := rep.SpamScore()
	dropped := req.maxSpam > 0 && judged && spam > req.maxSpam
	if req.plain && withText && !accepts(r, "application/json") {
		h := w.Header()
		h.Set("Content-Type", "text/plain; charset=utf-8")
		h.Set("Unspin-Edits", strconv.Itoa(len(rep.Edits)))
		h.Set("Unspin-Obfuscated", jsontext.FormatScore(rep.Obfuscated))
		if judged {
			h.Set("Unspin-Spam", jsontext.FormatScore(spam))
		} else {
			h.Set("Unspin-Spam", "null")
		}
		if dropped {
			h.Set("Unspin-Dropped", "true")
			w.WriteHeader(http.StatusOK)
			return
		}
		w.Write(text)
		return
	}
	out := make([]byte, 0, len(text)+64*len(rep.Edits)+64)
	out = append(out, '{')
	if withText && !dropped {
		out = append(out, `"text":"`...)
		if req.plain {
			out = jsontext.AppendEscaped(out, rep.Text)
		} else {
			out = append(out, text...)
		}
		out = append(out, `",`...)
	}
	meta := jsonl.AppendReport(nil, rep, req.explain)
	out = append(out, meta[1:len(meta)-1]...)
	if dropped {
		out = append(out, `,"dropped":true`...)
	}
	if req.describe {
		names, err := jsontext.Marshal(describe(rep.Edits))
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		out = append(out, `,"chars":`...)
		out = append(out, names...)
	}
	out = append(out, "}\n"...)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(out)
}

// accepts reports whether the request's Accept names media type mt.
func accepts(r *http.Request, mt string) bool {
	for _, v := range r.Header.Values("Accept") {
		for _, part := range strings.Split(v, ",") {
			if t, _, err := mime.ParseMediaType(strings.TrimSpace(part)); err == nil && t == mt {
				return true
			}
		}
	}
	return false
}

// serveStream cleans a JSON Lines body as unspin clean does JSON Lines,
// writing each line back as soon as it and those before it are done. Query
// parameters: max_spam, explain, field. Lines passed through are counted
// in the trailers and summed up in the log.
func (s *Server) serveStream(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	opt := corpus.Options{Workers: s.cfg.Workers, Field: q.Get("field"), MaxDocBytes: s.cfg.MaxDocBytes, FlushIdle: true}
	if v := q.Get("max_spam"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || !validCut(f) {
			writeError(w, http.StatusBadRequest, "max_spam must be a number above 0 and at most 1")
			return
		}
		opt.MaxSpam = f
	}
	if v := q.Get("explain"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			writeError(w, http.StatusBadRequest, "explain must be true or false")
			return
		}
		opt.Explain = b
	}
	if r.ContentLength > s.cfg.MaxStreamBytes {
		s.tooLarge(w, r, false, s.cfg.MaxStreamBytes, "--max-stream-bytes")
		return
	}
	// Each document takes a turn of its own, as a request would.
	opt.Cleaner = corpus.CleanerFunc(func(text string) unspin.Report {
		release, err := s.turn(context.Background(), int64(len(text)))
		if err != nil {
			panic(errBusy) // the line passes through, reported
		}
		defer release()
		return s.cleaned(text)
	})
	notes := &lineLog{}
	opt.OnDocument = func(d corpus.Document) {
		switch {
		case errors.Is(d.Err, corpus.ErrTooLarge):
			notes.add(fmt.Sprintf("line %d: %v (--max-doc-bytes %d)", d.Number, d.Err, s.cfg.MaxDocBytes))
		case d.Err != nil:
			notes.add(fmt.Sprintf("line %d: %v", d.Number, d.Err))
		case d.Note != "":
			notes.add(fmt.Sprintf("line %d: %s", d.Number, d.Note))
		}
	}
	rc := http.NewResponseController(w)
	rc.EnableFullDuplex() // lines go back while the body still comes in
	rc.SetWriteDeadline(time.Now().Add(s.cfg.StreamTimeout))
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.Header().Set("Trailer", "Unspin-Lines, Unspin-Failed, Unspin-Dropped")
	w.WriteHeader(http.StatusOK)
	rc.Flush()
	body := &idleReader{r: http.MaxBytesReader(w, r.Body, s.cfg.MaxStreamBytes), rc: rc,
		idle: s.cfg.Timeouts.Read, end: time.Now().Add(s.cfg.StreamTimeout)}
	st, err := corpus.JSONL(r.Context(), w, body, opt)
	notes.log(r.Context(), s.cfg.Logger)
	if err != nil {
		// The status is sent: a stream cut short is a broken response,
		// not a complete one with a trailer few clients read.
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			err = fmt.Errorf("%w (--max-stream-bytes)", err)
		}
		s.cfg.Logger.WarnContext(r.Context(), "stream aborted", "err", err, "lines", st.Documents)
		panic(http.ErrAbortHandler)
	}
	w.Header().Set("Unspin-Lines", strconv.Itoa(st.Documents))
	w.Header().Set("Unspin-Failed", strconv.Itoa(st.Failed+st.TooLarge))
	w.Header().Set("Unspin-Dropped", strconv.Itoa(st.Dropped))
}

// idleReader gives each read of a stream Timeouts.Read to arrive (and the
// whole stream StreamTimeout), so that a silent client lets go of its slot.
type idleReader struct {
	r    io.Reader
	rc   *http.ResponseController
	idle time.Duration
	end  time.Time
}

func (b *idleReader) Read(p []byte) (int, error) {
	deadline := time.Now().Add(b.idle)
	if deadline.After(b.end) {
		deadline = b.end
	}
	b.rc.SetReadDeadline(deadline)
	return b.r.Read(p)
}

// lineLog collects what is said of single lines of a stream: the first few
// go to the log, the rest are counted, so that a stream of bad lines
// cannot flood it.
type lineLog struct {
	first []string
	n     int
}

func (l *lineLog) add(note string) {
	if l.n++; len(l.first) < 3 {
		l.first = append(l.first, note)
	}
}

func (l *lineLog) log(ctx context.Context, logger *slog.Logger) {
	if l.n > 0 {
		logger.WarnContext(ctx, "stream lines passed through", "count", l.n, "first", l.first)
	}
}

func writeError(w http.ResponseWriter, code int, msg string) {
	b := append(append([]byte(`{"error":`), jsontext.AppendString(nil, msg)...), '}')
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}

// recovered turns a panic into a 500 and a log line with the stack; the
// client never sees the panic, and the server goes on.
func recovered(logger *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v) // net/http's own way to drop a connection
			}
			logger.ErrorContext(r.Context(), "panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if rec.status != 0 {
				panic(http.ErrAbortHandler) // the answer has begun: break it off rather than end it as if whole
			}
			writeError(rec, http.StatusInternalServerError, "internal error")
		}()
		h.ServeHTTP(rec, r)
	})
}

// Run serves srv on ln until ctx ends, then shuts down gracefully: the
// listener closes at once, requests in flight get up to grace to finish.
func Run(ctx context.Context, srv *http.Server, ln net.Listener, grace time.Duration, logger *slog.Logger) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err // the listener failed: nothing to shut down
	case <-ctx.Done():
	}
	logger.Info("shutting down", "grace", grace.String())
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	logger.Info("stopped")
	return nil
}
