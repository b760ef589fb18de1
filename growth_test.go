package unspin

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// grown returns about n bytes of the example article, repeated as
// paragraphs: the same kind of text at every size, so cost per byte
// should stay flat.
func grown(tb testing.TB, n int) string {
	data, err := os.ReadFile("testdata/example.txt")
	if err != nil {
		tb.Fatal(err)
	}
	unit := strings.TrimSpace(string(data)) + "\n\n"
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// BenchmarkCleanGrowth: 1×, 4× and 16× the input. ns/op and B/op should
// grow about 4× per step (compare with benchstat).
func BenchmarkCleanGrowth(b *testing.B) {
	for _, n := range []int{64 << 10, 256 << 10, 1 << 20} {
		text := grown(b, n)
		b.Run(fmt.Sprintf("%dKiB", n>>10), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Clean(text)
			}
		})
	}
}

// TestAllocationGrowth: bytes allocated grow in proportion to the input
// (16× the input may cost at most 24× the allocation), not with its square.
func TestAllocationGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("cleans a megabyte")
	}
	// The least of three runs: the first use of a lazily built table, or a
	// pool the collector emptied, is paid once and is not growth (the test
	// measured 0.37-0.49 alone and failed now and then in the full suite,
	// where other tests had paid the one-time costs first).
	alloc := func(text string) uint64 {
		least := uint64(math.MaxUint64)
		for range 3 {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			Clean(text)
			runtime.ReadMemStats(&after)
			least = min(least, after.TotalAlloc-before.TotalAlloc)
		}
		return least
	}
	// One processor: with two, a large text is cleaned in parallel pieces
	// whose pools miss on the other processor now and then (100-129 MB for
	// the megabyte against 56 MB on one), which is scheduling, not growth.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	// No collection while a text is cleaned: two collections between the
	// rounds of the character stages empty the scratch pools, and whether
	// they fall there depends on the heap the process already holds (the
	// megabyte read 61 or 83 MB from one process to the next, the same in
	// all three runs of one), which is the collector's timing, not growth.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	small, large := grown(t, 64<<10), grown(t, 1<<20)
	a, b := alloc(small), alloc(large)
	ratio := float64(b) / float64(a) / (float64(len(large)) / float64(len(small)))
	t.Logf("%d bytes: %d allocated; %d bytes: %d allocated; per byte, large/small = %.2f", len(small), a, len(large), b, ratio)
	if ratio > 1.5 {
		t.Errorf("allocation per byte grows %.2f× from 64 KiB to 1 MiB", ratio)
	}
}
