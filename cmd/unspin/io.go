package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync/atomic"

	"github.com/spf13/cobra"

	"github.com/unspin/unspin/internal/chunk"
	"github.com/unspin/unspin/internal/files"
)

// input is one named source, decompressed when its name or its first bytes
// say gzip or zstd.
type input struct {
	name string
	r    io.Reader
	done func() error
	// warc: r is a WARC file, compressed as it came (the WARC reader
	// keeps each record's gzip member).
	warc bool
}

func openInputs(cmd *cobra.Command, args []string) ([]func() (input, error), error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	stdin := 0
	for _, a := range args {
		if a == "-" {
			stdin++
		} else if _, err := os.Stat(a); err != nil {
			return nil, err // before any output is created
		}
	}
	if stdin > 1 {
		return nil, errors.New(`"-" (standard input) given more than once`)
	}
	var opens []func() (input, error)
	for _, a := range args {
		opens = append(opens, func() (input, error) {
			if a == "-" {
				return decompress("<stdin>", cmd.InOrStdin(), func() error { return nil })
			}
			f, err := os.Open(a)
			if err != nil {
				return input{}, err
			}
			return decompress(a, f, f.Close)
		})
	}
	return opens, nil
}

// decompress opens r by its first bytes (files.Open).
func decompress(name string, r io.Reader, closeFn func() error) (input, error) {
	in, err := files.Open(r)
	if err != nil {
		closeFn()
		return input{}, fmt.Errorf("%s: %w", name, err)
	}
	return input{name: name, r: in.R, warc: in.WARC, done: func() error { in.Close(); return closeFn() }}, nil
}

// openOutput writes to path (compressed by its extension, .gz or .zst) or,
// for "" or "-", to standard output.
func openOutput(cmd *cobra.Command, path string, inputs []string) (io.Writer, func() error, error) {
	return openOutputAs(cmd, path, inputs, true)
}

// openOutputAs is openOutput, compressing by the name only where compress
// is set (a WARC is written in its input's compression).
func openOutputAs(cmd *cobra.Command, path string, inputs []string, compress bool) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return cmd.OutOrStdout(), func() error { return nil }, nil
	}
	if out, err := os.Stat(path); err == nil {
		for _, in := range inputs {
			if st, err := os.Stat(in); err == nil && os.SameFile(st, out) {
				return nil, nil, fmt.Errorf("--output %s is also an input: it would be emptied before it is read", path)
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return files.Create(path, f, compress)
}

// eachUnit cuts r into units (chunk.Split), runs work on each on up to
// workers goroutines, and hands the results to emit in input order, with a
// bounded number of units in flight: memory stays flat on any input size.
func eachUnit[T any](r io.Reader, unitMax, workers int, work func(unit string) T, emit func(unit string, res T) error) error {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	type job struct {
		unit  string
		res   T
		ready chan struct{}
	}
	jobs := make(chan *job, workers)
	order := make(chan *job, 2*workers)
	for range workers {
		go func() {
			for j := range jobs {
				j.res = work(j.unit)
				close(j.ready)
			}
		}()
	}
	emitted := make(chan error, 1)
	var failed atomic.Bool // output failed: stop reading, there is nowhere to write
	go func() {
		var err error
		for j := range order {
			<-j.ready
			if err == nil {
				if err = emit(j.unit, j.res); err != nil {
					failed.Store(true)
				}
			}
		}
		emitted <- err
	}()
	splitErr := chunk.Split(r, unitMax, func(unit []byte) error {
		if failed.Load() {
			return errStopped
		}
		j := &job{unit: string(unit), ready: make(chan struct{})}
		order <- j
		jobs <- j
		return nil
	})
	close(jobs)
	close(order)
	if errors.Is(splitErr, errStopped) {
		splitErr = nil // the output's error says why
	}
	return errors.Join(splitErr, <-emitted)
}

var errStopped = errors.New("stopped: the output failed")

// looksBinary reports data that is no text: NUL bytes, or (past a few
// bytes) a third or more that are not UTF-8. Text in a legacy 8-bit
// encoding has far fewer, and is cleaned around them.
func looksBinary(unit string, invalid [][2]int) bool {
	if strings.IndexByte(unit, 0) >= 0 {
		return true
	}
	bad := 0
	for _, r := range invalid {
		bad += r[1] - r[0]
	}
	return len(unit) >= 32 && bad*3 >= len(unit)
}
