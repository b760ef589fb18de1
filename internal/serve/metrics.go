package serve

import (
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/unspin/unspin"
)

// metrics are the service's Prometheus series, in a registry of its own so
// that servers (and tests) do not share counts.
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec   // route, code
	bytesIn   *prometheus.CounterVec   // route
	bytesOut  *prometheus.CounterVec   // route
	latency   *prometheus.HistogramVec // route
	documents prometheus.Counter
	edits     *prometheus.CounterVec // kind
	inFlight  prometheus.Gauge
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "unspin_http_requests_total", Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		bytesIn: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "unspin_http_request_bytes_total", Help: "Request body bytes read, by route.",
		}, []string{"route"}),
		bytesOut: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "unspin_http_response_bytes_total", Help: "Response body bytes written, by route.",
		}, []string{"route"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "unspin_http_request_duration_seconds", Help: "Time from request to the end of the response, by route.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16), // 0.5 ms .. 16 s
		}, []string{"route"}),
		documents: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "unspin_documents_total", Help: "Documents cleaned or checked.",
		}),
		edits: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "unspin_edits_total", Help: "Edits made, by kind.",
		}, []string{"kind"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "unspin_http_requests_in_flight", Help: "Requests being handled.",
		}),
	}
	m.reg.MustRegister(m.requests, m.bytesIn, m.bytesOut, m.latency, m.documents, m.edits, m.inFlight,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

func (m *metrics) cleaned(rep unspin.Report) {
	m.documents.Inc()
	for _, e := range rep.Edits {
		m.edits.WithLabelValues(string(e.Kind)).Inc()
	}
}

// recorder remembers the status and counts the bytes of a response.
type recorder struct {
	http.ResponseWriter
	status   int
	bytes    int64
	writeErr error // the first failed write: the client did not get it all
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	if err != nil && r.writeErr == nil {
		r.writeErr = err
	}
	return n, err
}

// Unwrap lets http.ResponseController reach Flush, deadlines and full
// duplex on the connection underneath.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

func (r *recorder) Flush() { http.NewResponseController(r.ResponseWriter).Flush() }

// counter counts the bytes of a request body as they are read.
type counter struct {
	io.ReadCloser
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	c.n += int64(n)
	return n, err
}

// route is the mux pattern that served r (a bounded set of label values),
// or "other".
func route(r *http.Request) string {
	if r.Pattern == "" {
		return "other"
	}
	return r.Pattern
}

func (s *Server) measured(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m := s.metrics
		m.inFlight.Inc()
		defer m.inFlight.Dec()
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		body := &counter{ReadCloser: r.Body}
		r.Body = body
		defer func() { // also when the handler breaks the connection off
			rt := route(r)
			m.requests.WithLabelValues(rt, strconv.Itoa(max(rec.status, http.StatusOK))).Inc()
			m.bytesIn.WithLabelValues(rt).Add(float64(body.n))
			m.bytesOut.WithLabelValues(rt).Add(float64(rec.bytes))
			m.latency.WithLabelValues(rt).Observe(time.Since(start).Seconds())
		}()
		h.ServeHTTP(rec, r)
	})
}

// logged writes one line per request.
func (s *Server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		body := &counter{ReadCloser: r.Body}
		r.Body = body
		aborted := true
		defer func() {
			s.logRequest(r, rec, body, start, aborted)
		}()
		h.ServeHTTP(rec, r)
		aborted = false
	})
}

func (s *Server) logRequest(r *http.Request, rec *recorder, body *counter, start time.Time, aborted bool) {
	level := slog.LevelInfo
	switch {
	case aborted:
		level = slog.LevelError
	case rec.status == http.StatusServiceUnavailable || rec.writeErr != nil:
		level = slog.LevelWarn // load shed, or a client gone
	case rec.status >= 500:
		level = slog.LevelError
	}
	attrs := []any{"method", r.Method, "path", r.URL.Path, "status", max(rec.status, http.StatusOK),
		"bytes_in", body.n, "bytes_out", rec.bytes,
		"ms", float64(time.Since(start).Microseconds()) / 1000, "remote", r.RemoteAddr}
	if rec.writeErr != nil {
		attrs = append(attrs, "write_error", rec.writeErr.Error())
	}
	if aborted {
		attrs = append(attrs, "aborted", true)
	}
	s.cfg.Logger.Log(r.Context(), level, "request", attrs...)
}
