// Package benchcpu lets a benchmark report the CPU time it used: on a
// machine shared with other work, wall time measures the others too, and
// varies by half between runs; with GOMAXPROCS=1 the process's CPU time is
// what one core did.
package benchcpu

import (
	"testing"
	"time"
)

// Meter is the process's CPU time when a measurement began.
type Meter struct {
	start time.Duration
	ok    bool
}

// Start begins a measurement.
func Start() Meter {
	t, ok := processCPU()
	return Meter{t, ok}
}

// Report adds the CPU time per iteration since m began (cpu-ns/op) and, for
// n bytes per iteration, the throughput it gives (cpu-MB/s). It reports
// nothing where the system does not tell the process's CPU time.
func (m Meter) Report(b *testing.B, n int) {
	t, ok := processCPU()
	if !m.ok || !ok || b.N == 0 {
		return
	}
	ns := float64(t-m.start) / float64(b.N)
	b.ReportMetric(ns, "cpu-ns/op")
	if n > 0 && ns > 0 {
		b.ReportMetric(float64(n)/ns*1e3, "cpu-MB/s")
	}
}

// ReportPer adds the CPU time per iteration since m began, divided among n
// items of an iteration, as unit (such as "cpu-ns/line").
func (m Meter) ReportPer(b *testing.B, n int, unit string) {
	t, ok := processCPU()
	if !m.ok || !ok || b.N == 0 || n <= 0 {
		return
	}
	b.ReportMetric(float64(t-m.start)/float64(b.N)/float64(n), unit)
}
