package main

import (
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/unspin/unspin/internal/serve"
)

func newServe() *cobra.Command {
	var co common
	var addr, logFormat string
	var maxBody, maxStream, maxHeld, maxDiscard int64
	var maxInFlight, maxDoc int
	var t serve.Timeouts
	var grace, queue, stream time.Duration
	c := &cobra.Command{
		Use:   "serve",
		Short: "Serve the cleaner over HTTP, with a web page to paste text into",
		Long: `Serve the cleaner over HTTP:

  POST /v1/clean   {"text": "...", "max_spam": 0.5, "explain": true, "describe": true}
                   → {"text": cleaned, "edits": [...], "obfuscated": o, "spam": s, ...}
                   Content-Type: text/plain: the text itself, the cleaned text
                   back (the scores in Unspin-* headers; the JSON answer with
                   Accept: application/json; options as query parameters).
                   Content-Type: application/x-ndjson: JSON Lines streamed in
                   and out as unspin clean writes them (query: max_spam,
                   explain, field).
  POST /v1/check   the same report without the text
  GET  /healthz    "ok"
  GET  /metrics    Prometheus metrics
  GET  /           a page: paste or drop text, see every edit

Other bodies are answered 415. Every cap has a flag below and a 413 or 503
that names it. A body over --max-body-bytes (a stream over
--max-stream-bytes) is answered 413, before "100 Continue" where its length
is declared; the connection is then closed, and up to --max-discard-bytes
of the body are read and thrown away first, so that a client that writes
its whole body before it reads gets the 413. In a stream, a line whose text
is over --max-doc-bytes passes through unchanged (one longer than 6 ×
--max-doc-bytes + 1 MiB is not held in memory). Malformed JSON is answered
400; more than --max-in-flight requests at once 503 with Retry-After, and
so is a request that waits longer than --queue-timeout for one of the -j
workers and for room under --max-bytes-in-flight. SIGINT or SIGTERM stop
the server once the requests in flight are done (at most
--shutdown-timeout; a second signal stops it at once). Every request is
logged on standard error.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if co.workers < 0 {
				return fmt.Errorf("--workers must be 0 (all CPUs) or more, not %d", co.workers)
			}
			if maxBody <= 0 || maxInFlight <= 0 || maxStream <= 0 || maxHeld <= 0 || maxDoc <= 0 || maxDiscard < 0 {
				return fmt.Errorf("--max-body-bytes, --max-stream-bytes, --max-doc-bytes, --max-bytes-in-flight and --max-in-flight must be above 0, --max-discard-bytes 0 or above")
			}
			var h slog.Handler
			switch logFormat {
			case "text":
				h = slog.NewTextHandler(cmd.ErrOrStderr(), nil)
			case "json":
				h = slog.NewJSONHandler(cmd.ErrOrStderr(), nil)
			default:
				return fmt.Errorf("--log-format must be text or json, not %q", logFormat)
			}
			logger := slog.New(h)
			if !cmd.Flags().Changed("max-doc-bytes") {
				maxDoc = int(maxBody)
			}
			if maxDiscard == 0 {
				maxDiscard = -1 // serve.Config: none
			}
			s := serve.New(serve.Config{MaxBodyBytes: maxBody, MaxStreamBytes: maxStream, MaxBytesInFlight: maxHeld,
				MaxDocBytes: maxDoc, MaxDiscardBytes: maxDiscard,
				MaxInFlight: maxInFlight, Workers: co.workers, QueueTimeout: queue, Timeouts: t, StreamTimeout: stream,
				Clean: co.cleaner().Clean, Logger: logger})
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			logger.Info("listening", "addr", "http://"+ln.Addr().String(), "version", version)
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			go func() {
				<-ctx.Done()
				stop() // a second signal ends the process at once
			}()
			return serve.Run(ctx, s.HTTPServer(addr), ln, grace, logger)
		},
	}
	f := c.Flags()
	f.BoolVar(&co.noSpam, "no-spam", false, "repair characters and layout only; keep spam sentences and phrases")
	f.BoolVar(&co.noLayout, "no-layout", false, "leave paragraph breaks as they are")
	f.IntVarP(&co.workers, "workers", "j", 0, "clean `N` documents at once (default: number of CPUs)")
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	f.Int64Var(&maxBody, "max-body-bytes", serve.DefaultMaxBodyBytes, "a request body over `BYTES` is answered 413")
	f.Int64Var(&maxStream, "max-stream-bytes", 1<<30, "a JSON Lines stream over `BYTES` is answered 413, or broken off where its length was not declared")
	f.IntVar(&maxDoc, "max-doc-bytes", serve.DefaultMaxBodyBytes, "in a stream, a text over `BYTES` passes through unchanged, reported (default: --max-body-bytes)")
	f.Int64Var(&maxDiscard, "max-discard-bytes", serve.DefaultMaxDiscardBytes, "of a body refused for its size, read and throw away up to `BYTES` so that the client reads the 413 (0: none)")
	f.Int64Var(&maxHeld, "max-bytes-in-flight", 64<<20, "hold request bodies of up to `BYTES` in all at once, waiting or being cleaned")
	f.IntVar(&maxInFlight, "max-in-flight", 256, "handle `N` requests at once; more are answered 503")
	f.DurationVar(&queue, "queue-timeout", 10*time.Second, "wait up to `DURATION` for a worker and for room under --max-bytes-in-flight, then answer 503")
	f.DurationVar(&stream, "stream-timeout", 15*time.Minute, "a JSON Lines stream may take up to `DURATION` (each read must still come within --read-timeout)")
	f.DurationVar(&t.Read, "read-timeout", 30*time.Second, "read a request within `DURATION` (a stream: each read)")
	f.DurationVar(&t.Write, "write-timeout", 60*time.Second, "clean a document and write the response within `DURATION` from when its cleaning starts")
	f.DurationVar(&t.Idle, "idle-timeout", 120*time.Second, "close a kept-alive connection idle for `DURATION`")
	f.DurationVar(&grace, "shutdown-timeout", 30*time.Second, "on SIGINT or SIGTERM, give requests in flight `DURATION` to finish")
	f.StringVar(&logFormat, "log-format", "text", "write the request log on standard error in `FORMAT` text or json")
	return c
}
