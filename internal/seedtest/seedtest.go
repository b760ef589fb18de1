// Package seedtest finds the seed article for tests. The seed is a Reuters
// story, not ours to ship: it is read from the eval set beside the
// repository (../shared/seed) or from $UNSPIN_SEED_DIR, and tests that
// need it skip without it.
package seedtest

import (
	"os"
	"path/filepath"
	"runtime"
)

// Files returns the seed article and what unspin must make of it.
func Files() (text, expected string, err error) {
	dir := os.Getenv("UNSPIN_SEED_DIR")
	if dir == "" {
		_, here, _, _ := runtime.Caller(0) // internal/seedtest/seedtest.go
		dir = filepath.Join(filepath.Dir(here), "..", "..", "..", "shared", "seed")
	}
	in, err := os.ReadFile(filepath.Join(dir, "seed.txt"))
	if err != nil {
		return "", "", err
	}
	want, err := os.ReadFile(filepath.Join(dir, "seed.expected.txt"))
	return string(in), string(want), err
}
