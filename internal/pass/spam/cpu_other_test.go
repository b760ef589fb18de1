//go:build !unix

package spam

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
