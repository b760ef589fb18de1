package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/unspin/unspin/corpus"
	"github.com/unspin/unspin/internal/say"
)

// progress shows a long run on a terminal: bytes read, documents, edits and
// speed on stderr, and a one-line summary at the end. It stays silent where
// stderr is not a terminal (a pipeline's log) or with --quiet.
type progress struct {
	bytes, docs, edits atomic.Int64
	start              time.Time
	w                  io.Writer
	bar                *progressbar.ProgressBar
	stop               chan struct{}
	done               sync.WaitGroup
}

// interactive reports whether w is a terminal.
func interactive(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// newProgress starts showing progress on w if on is true; otherwise it
// only counts.
func newProgress(w io.Writer, on bool) *progress {
	p := &progress{start: time.Now(), w: w}
	if !on {
		return p
	}
	p.bar = progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetDescription("cleaning"),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
	p.stop = make(chan struct{})
	p.done.Add(1)
	go func() {
		defer p.done.Done()
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.bar.Describe(fmt.Sprintf("%.1f MB, %s, %s", float64(p.bytes.Load())/1e6, say.Plural(int(p.docs.Load()), "document"), say.Plural(int(p.edits.Load()), "edit")))
				_ = p.bar.Set64(p.bytes.Load())
			}
		}
	}()
	return p
}

// reader counts the bytes read through r.
func (p *progress) reader(r io.Reader) io.Reader { return countingReader{r, &p.bytes} }

// document counts one document and its edits. Plain text is cleaned in
// units, each reported as a Document: a file counts once, at its first.
func (p *progress) document(d corpus.Document) {
	if d.Offset == 0 {
		p.docs.Add(1)
	}
	if d.Report != nil {
		p.edits.Add(int64(len(d.Report.Edits)))
	}
}

// finish stops the display and, if it was shown, prints the summary.
func (p *progress) finish() {
	if p.bar == nil {
		return
	}
	close(p.stop)
	p.done.Wait()
	_ = p.bar.Finish()
	secs := time.Since(p.start).Seconds()
	mb := float64(p.bytes.Load()) / 1e6
	fmt.Fprintf(p.w, "unspin: %.1f MB, %s, %s in %.1f s (%.1f MB/s)\n",
		mb, say.Plural(int(p.docs.Load()), "document"), say.Plural(int(p.edits.Load()), "edit"), secs, mb/max(secs, 1e-9))
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}
