// Command unspin restores text that was obfuscated or spun: see `unspin --help`.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/unspin/unspin"
	"github.com/unspin/unspin/internal/jsonl"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// exitError carries an exit status without printing anything more.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	root := newRoot(os.Stdin, os.Stdout, os.Stderr)
	if err := root.Execute(); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		fmt.Fprintln(os.Stderr, "unspin:", err)
		os.Exit(2)
	}
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "unspin",
		Short: "Restore text that spam and evasion tools have disguised",
		Long: `unspin undoes what spam and evasion tools do to text: look-alike letters from
other scripts, invisible and bidi control characters, hidden tag text,
injected link-spam sentences and keyword phrases, and broken paragraphs.
It returns exactly what the author wrote and reports every edit.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newClean(), newCheck(), &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run:   func(cmd *cobra.Command, _ []string) { fmt.Fprintln(cmd.OutOrStdout(), "unspin", version) },
	})
	return root
}

func openInput(cmd *cobra.Command, args []string) (io.ReadCloser, string, error) {
	if len(args) == 0 || args[0] == "-" {
		return io.NopCloser(cmd.InOrStdin()), "<stdin>", nil
	}
	f, err := os.Open(args[0])
	return f, args[0], err
}

func newClean() *cobra.Command {
	var asJSONL bool
	var maxSpam float64
	var workers int
	var noSpam bool
	c := &cobra.Command{
		Use:   "clean [FILE]",
		Short: "Write the restored text of FILE (or standard input) to standard output",
		Long: `Write the restored text of FILE (or standard input) to standard output.

With --jsonl, every input line is a JSON object with a "text" field; each is
written back with "text" restored and an "unspin" object added:
{"obfuscated": 0..1, "spam": 0..1, "edits": [{start, end, kind, before,
after, reason}]} (offsets are bytes of the input text). Other fields are kept
as they are. Lines that are not JSON objects with a string "text" are passed
through unchanged and reported on standard error; the exit status is then 1.`,
		Example: `  unspin clean article.txt > article.clean.txt
  unspin clean --jsonl < crawl.jsonl > crawl.clean.jsonl
  unspin clean --jsonl --max-spam 0.5 < crawl.jsonl > kept.jsonl`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, _, err := openInput(cmd, args)
			if err != nil {
				return err
			}
			defer in.Close()
			opt := unspin.Options{NoSpam: noSpam}
			clean := func(s string) unspin.Report { return unspin.CleanWith(s, opt) }
			if asJSONL {
				if !cmd.Flags().Changed("max-spam") {
					maxSpam = -1
				}
				st, err := jsonl.Process(in, cmd.OutOrStdout(), cmd.ErrOrStderr(), jsonl.Options{MaxSpam: maxSpam, Workers: workers, Clean: clean})
				if err != nil {
					return err
				}
				if st.Dropped > 0 {
					fmt.Fprintf(cmd.ErrOrStderr(), "unspin: dropped %d of %d documents with spam > %g\n", st.Dropped, st.Lines, maxSpam)
				}
				if st.Failed > 0 {
					fmt.Fprintf(cmd.ErrOrStderr(), "unspin: %d of %d lines could not be cleaned and were passed through\n", st.Failed, st.Lines)
					return exitError{1}
				}
				return nil
			}
			if cmd.Flags().Changed("max-spam") {
				return errors.New("--max-spam needs --jsonl")
			}
			data, err := io.ReadAll(in)
			if err != nil {
				return err
			}
			rep := clean(string(data))
			if len(rep.InvalidUTF8) > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "unspin: %d bytes are not valid UTF-8 (first at byte %d); passed through unchanged\n", len(rep.InvalidUTF8), rep.InvalidUTF8[0])
			}
			_, err = io.WriteString(cmd.OutOrStdout(), rep.Text)
			return err
		},
	}
	c.Flags().BoolVar(&asJSONL, "jsonl", false, `input is JSON Lines with a "text" field; output adds an "unspin" report`)
	c.Flags().Float64Var(&maxSpam, "max-spam", 0.5, "with --jsonl: drop documents whose spam score is above this")
	c.Flags().IntVar(&workers, "workers", 0, "documents cleaned in parallel (default: number of CPUs)")
	c.Flags().BoolVar(&noSpam, "no-spam", false, "only repair characters and layout; keep spam sentences and phrases")
	return c
}

func newCheck() *cobra.Command {
	return &cobra.Command{
		Use:   "check [FILE]",
		Short: "Report what clean would change; exit 1 if anything, 0 if the text is clean",
		Long: `Report what clean would change in FILE (or standard input), one line per edit:
FILE:LINE:COLUMN: KIND: before → after (reason). Columns count characters.
Exits 1 when it finds obfuscation or spam, 0 when the text is clean, 2 on error,
so it can guard CI jobs and pre-commit hooks.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, name, err := openInput(cmd, args)
			if err != nil {
				return err
			}
			defer in.Close()
			data, err := io.ReadAll(in)
			if err != nil {
				return err
			}
			text := string(data)
			rep := unspin.Clean(text)
			w := cmd.OutOrStdout()
			for _, off := range rep.InvalidUTF8 {
				line, col := position(text, off)
				fmt.Fprintf(w, "%s:%d:%d: invalid-utf8: byte %#x left as it is\n", name, line, col, text[off])
			}
			for _, e := range rep.Edits {
				line, col := position(text, e.Start)
				fmt.Fprintf(w, "%s:%d:%d: %s: %s → %s (%s)", name, line, col, e.Kind, show(e.Before), show(e.After), e.Reason)
				if e.Hidden != "" {
					fmt.Fprintf(w, " hidden text: %s", show(e.Hidden))
				}
				fmt.Fprintln(w)
			}
			if len(rep.Edits) > 0 {
				fmt.Fprintf(w, "%s: %d edits; obfuscated %.2f, spam %.2f\n", name, len(rep.Edits), rep.Obfuscated, rep.Spam)
				return exitError{1}
			}
			return nil
		},
	}
}

// position gives the 1-based line and character column of a byte offset.
func position(text string, off int) (line, col int) {
	before := text[:off]
	line = strings.Count(before, "\n") + 1
	col = utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return
}

// show quotes a fragment so invisible and control characters are visible.
func show(s string) string {
	const max = 80
	q := fmt.Sprintf("%+q", s)
	if len(q) > max {
		q = q[:max] + "…\""
	}
	return q
}
