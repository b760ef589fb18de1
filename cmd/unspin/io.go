package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/unspin/unspin/corpus"
	"github.com/unspin/unspin/internal/files"
)

// input is one named source, decompressed when its first bytes say gzip or
// zstd, its format known (files.Open).
type input struct {
	name   string
	r      io.Reader
	format files.Format
	done   func() error
}

// openInputs checks the arguments ("-" or none: standard input) before any
// output is created, and returns a way to open each in turn.
func openInputs(cmd *cobra.Command, args []string, format files.Format) ([]func() (input, error), error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	stdin := 0
	for _, a := range args {
		if a == "-" {
			stdin++
		} else if _, err := os.Stat(a); err != nil {
			return nil, err
		}
	}
	if stdin > 1 {
		return nil, errors.New(`"-" (standard input) given more than once`)
	}
	var opens []func() (input, error)
	for _, a := range args {
		opens = append(opens, func() (input, error) {
			if a == "-" {
				return open("<stdin>", "", cmd.InOrStdin(), func() error { return nil }, format)
			}
			f, err := os.Open(a)
			if err != nil {
				return input{}, err
			}
			return open(a, a, f, f.Close, format)
		})
	}
	return opens, nil
}

func open(name, path string, r io.Reader, closeFn func() error, format files.Format) (input, error) {
	in, err := files.Open(r, path, format)
	if err != nil {
		closeFn()
		return input{}, fmt.Errorf("%s: %w", name, err)
	}
	return input{name: name, r: in.R, format: in.Format, done: func() error { in.Close(); return closeFn() }}, nil
}

// process cleans one input in its format.
func process(ctx context.Context, in input, w io.Writer, opt corpus.Options) (corpus.Stats, error) {
	opt.Name = in.name
	switch in.format {
	case files.JSONL:
		return corpus.JSONL(ctx, w, in.r, opt)
	case files.WARC:
		return corpus.WARC(ctx, w, in.r, opt)
	case files.HTML:
		return corpus.HTML(ctx, w, in.r, opt)
	}
	return corpus.Text(ctx, w, in.r, opt)
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
