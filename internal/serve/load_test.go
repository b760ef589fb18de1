package serve

import (
	"bytes"
	"context"
	"flag"
	"io"
	"net"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var (
	loadRequests = flag.Int("load.requests", 256, "TestLoad: requests to send in all")
	loadClients  = flag.Int("load.clients", 64, "TestLoad: concurrent clients")
	loadTime     = flag.Duration("load.time", 20*time.Second, "TestLoad: stop sending after this long")
)

// TestLoad drives the real server on a loopback port with seed-sized
// documents from many concurrent clients, and reports requests/s and
// latency percentiles. It stops by itself after -load.requests requests or
// -load.time, whichever comes first, and fails on any error. Every test run
// makes a small one; for figures:
//
//	go test ./internal/serve -run TestLoad -v -args -load.requests 5000
func TestLoad(t *testing.T) {
	doc, _, err := seedFiles()
	if err != nil {
		in, _ := example(t)
		doc = in[:2700] // seed-sized
		t.Logf("the seed is not here (%v): sending the first 2,700 bytes of testdata/example.txt", err)
	}
	body := textRequest(t, doc, nil)

	url := startServer(t, New(Config{Logger: quiet()})) + "/v1/clean"
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *loadClients}}

	var next, errors atomic.Int64
	var mu sync.Mutex
	var latencies []time.Duration
	var firstErr error
	deadline := time.Now().Add(*loadTime)
	start := time.Now()
	var wg sync.WaitGroup
	for range *loadClients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for next.Add(1) <= int64(*loadRequests) && time.Now().Before(deadline) {
				t0 := time.Now()
				res, err := client.Post(url, "application/json", bytes.NewReader(body))
				if err == nil {
					_, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if err == nil && res.StatusCode != http.StatusOK {
						err = &statusError{res.Status}
					}
				}
				if err != nil {
					errors.Add(1)
					mu.Lock()
					firstErr = firstOf(firstErr, err)
					mu.Unlock()
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(latencies) == 0 {
		t.Fatalf("no request succeeded: %v", firstErr)
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }
	t.Logf("%d requests of %d bytes from %d clients in %.2fs: %.0f requests/s, p50 %v, p99 %v, errors %d",
		len(latencies)+int(errors.Load()), len(body), *loadClients, elapsed.Seconds(),
		float64(len(latencies))/elapsed.Seconds(), pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), errors.Load())
	if errors.Load() > 0 {
		t.Fatalf("%d errors, the first: %v", errors.Load(), firstErr)
	}
}

type statusError struct{ status string }

func (e *statusError) Error() string { return e.status }

func firstOf(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// startServer serves s on a loopback port until the test ends, and
// returns its base URL.
func startServer(t *testing.T, s *Server) string {
	url, stop := serveOn(t, s)
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Error(err)
		}
	})
	return url
}

// serveOn serves s on a loopback port; stop shuts it down gracefully and
// returns what Run returned.
func serveOn(t *testing.T, s *Server) (url string, stop func() error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, s.HTTPServer(""), ln, 10*time.Second, quiet()) }()
	return "http://" + ln.Addr().String(), func() error { cancel(); return <-done }
}
