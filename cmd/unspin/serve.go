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
	var maxBody int64
	var maxInFlight int
	var t serve.Timeouts
	var grace time.Duration
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

A body over --max-body-bytes is answered 413, malformed JSON 400, and more
than --max-in-flight requests at once 503 with Retry-After. SIGINT or SIGTERM
stop the server once the requests in flight are done (at most
--shutdown-timeout). Every request is logged on standard error.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := co.validate(); err != nil {
				return err
			}
			if maxBody <= 0 || maxInFlight <= 0 {
				return fmt.Errorf("--max-body-bytes and --max-in-flight must be above 0")
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
			s := serve.New(serve.Config{MaxBodyBytes: maxBody, MaxInFlight: maxInFlight, Workers: co.workers,
				Clean: co.clean, Logger: logger})
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			logger.Info("listening", "addr", "http://"+ln.Addr().String(), "version", version)
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return serve.Run(ctx, s.HTTPServer(addr, t), ln, grace, logger)
		},
	}
	co.flags(c)
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	c.Flags().Int64Var(&maxBody, "max-body-bytes", serve.DefaultMaxBodyBytes, "larger request bodies are answered 413")
	c.Flags().IntVar(&maxInFlight, "max-in-flight", 256, "requests handled at once; more are answered 503")
	c.Flags().DurationVar(&t.Read, "read-timeout", 30*time.Second, "time to read a request")
	c.Flags().DurationVar(&t.Write, "write-timeout", 60*time.Second, "time to write a response")
	c.Flags().DurationVar(&t.Idle, "idle-timeout", 120*time.Second, "time a kept-alive connection may wait")
	c.Flags().DurationVar(&grace, "shutdown-timeout", 30*time.Second, "time requests in flight get to finish on SIGINT/SIGTERM")
	c.Flags().StringVar(&logFormat, "log-format", "text", "request log on standard error: text or json")
	return c
}

