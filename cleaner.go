package unspin

// A Cleaner cleans texts with one set of Options. Build it once and use it
// from any number of goroutines at once.
type Cleaner struct {
	opt Options
}

// NewCleaner returns a Cleaner for opt.
func NewCleaner(opt Options) *Cleaner { return &Cleaner{opt: opt} }

// Clean restores text and reports every edit.
func (c *Cleaner) Clean(text string) Report { return CleanWith(text, c.opt) }

// Options returns the options c was built with.
func (c *Cleaner) Options() Options { return c.opt }
