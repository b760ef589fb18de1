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
	var maxBody, maxStream, maxHeld int64
	var maxInFlight int
	var t serve.Timeouts
	var grace, queue, stream time.Duration
	c := &cobra.Command{
		Use:   "serve",
		Short: "Serve the cleaner over HTTP, with a web page to paste text into",
		Long: `Serve the cleaner over HTTP:

  POST /v1/clean   {"text": "...", "max_spam": 0.5, "explain": true, "describe": true}
                   → {"text": cleaned, "obfuscated": o, "spam": s, "edits": [...], ...}
                   (Content-Type: application/x-ndjson: JSON Lines streamed in and
                   out as with clean --jsonl; query: max_spam, explain, field)
  POST /v1/check   the same report without the text
  GET  /healthz    "ok"
  GET  /metrics    Prometheus metrics
  GET  /           a page: paste or drop text, see every edit

A body over --max-body-bytes (a stream over --max-stream-bytes) is answered
413, malformed JSON 400, more than --max-in-flight requests at once 503 with
Retry-After, and so is a request that waits longer than --queue-timeout for
one of the -j workers and for room under --max-bytes-in-flight. SIGINT or
SIGTERM stop the server once the requests in flight are done (at most
--shutdown-timeout; a second signal stops it at once). Every request is
logged on standard error.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if co.workers < 0 {
				return fmt.Errorf("--workers must be 0 (all CPUs) or more, not %d", co.workers)
			}
			if maxBody <= 0 || maxInFlight <= 0 || maxStream <= 0 || maxHeld <= 0 {
				return fmt.Errorf("--max-body-bytes, --max-stream-bytes, --max-bytes-in-flight and --max-in-flight must be above 0")
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
			s := serve.New(serve.Config{MaxBodyBytes: maxBody, MaxStreamBytes: maxStream, MaxBytesInFlight: maxHeld,
				MaxInFlight: maxInFlight, Workers: co.workers, QueueTimeout: queue, Timeouts: t, StreamTimeout: stream,
				Clean: co.clean, Logger: logger})
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
	c.Flags().BoolVar(&co.noSpam, "no-spam", false, "repair characters and layout only; keep spam sentences and phrases")
	c.Flags().BoolVar(&co.noLayout, "no-layout", false, "leave paragraph breaks as they are")
	c.Flags().IntVarP(&co.workers, "workers", "j", 0, "documents cleaned at once (default: number of CPUs)")
	c.Flags().Int64Var(&maxStream, "max-stream-bytes", 1<<30, "larger JSON Lines streams are answered 413 (or broken off); each line is capped at --max-body-bytes")
	c.Flags().Int64Var(&maxHeld, "max-bytes-in-flight", 64<<20, "request bodies held at once, waiting or being cleaned")
	c.Flags().DurationVar(&queue, "queue-timeout", 10*time.Second, "longest wait for a worker before 503")
	c.Flags().DurationVar(&stream, "stream-timeout", 15*time.Minute, "longest JSON Lines stream (each read must still come within --read-timeout)")
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	c.Flags().Int64Var(&maxBody, "max-body-bytes", serve.DefaultMaxBodyBytes, "larger request bodies are answered 413")
	c.Flags().IntVar(&maxInFlight, "max-in-flight", 256, "requests handled at once; more are answered 503")
	c.Flags().DurationVar(&t.Read, "read-timeout", 30*time.Second, "time to read a request")
	c.Flags().DurationVar(&t.Write, "write-timeout", 60*time.Second, "time to clean a document and write the response, from when its cleaning starts")
	c.Flags().DurationVar(&t.Idle, "idle-timeout", 120*time.Second, "time a kept-alive connection may wait")
	c.Flags().DurationVar(&grace, "shutdown-timeout", 30*time.Second, "time requests in flight get to finish on SIGINT/SIGTERM")
	c.Flags().StringVar(&logFormat, "log-format", "text", "request log on standard error: text or json")
	return c
}

