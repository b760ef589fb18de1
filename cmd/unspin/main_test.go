package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func run(stdin string, args ...string) (string, string, int) {
	var out, errw bytes.Buffer
	root := newRoot(strings.NewReader(stdin), &out, &errw)
	root.SetArgs(args)
	code := 0
	if err := root.Execute(); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			code = ee.code
		} else {
			code = 2
		}
	}
	return out.String(), errw.String(), code
}

func TestClean(t *testing.T) {
	out, _, code := run("The Russ\u0456an embassy", "clean")
	if out != "The Russian embassy" || code != 0 {
		t.Fatalf("%q %d", out, code)
	}
}

func TestCheckExitStatus(t *testing.T) {
	out, _, code := run("The Russ\u0456an embassy", "check")
	if code != 1 || !strings.Contains(out, "<stdin>:1:9: homoglyph:") {
		t.Fatalf("%q %d", out, code)
	}
	if _, _, code := run("Clean text.", "check"); code != 0 {
		t.Fatalf("clean text exit %d", code)
	}
}

func TestJSONLBadLineExitStatus(t *testing.T) {
	out, errs, code := run("{\"text\":\"ok\"}\nbroken\n", "clean", "--jsonl")
	if code != 1 || !strings.Contains(errs, "line 2") || !strings.Contains(out, "broken\n") {
		t.Fatalf("%q %q %d", out, errs, code)
	}
}

func TestMaxSpamNeedsJSONL(t *testing.T) {
	if _, _, code := run("x", "clean", "--max-spam", "0.5"); code != 2 {
		t.Fatalf("exit %d", code)
	}
}

func TestVersion(t *testing.T) {
	if out, _, _ := run("", "version"); !strings.HasPrefix(out, "unspin ") {
		t.Fatalf("%q", out)
	}
}
