package jsontext

import (
	"bytes"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// appendScoreSlow is AppendScore as strconv writes it, which the fast
// path must match byte for byte.
func appendScoreSlow(dst []byte, score float64) []byte {
	n := len(dst)
	dst = strconv.AppendFloat(dst, Round(score), 'f', -1, 64)
	if bytes.IndexByte(dst[n:], '.') < 0 {
		dst = append(dst, '.', '0')
	}
	return dst
}

// Every score of four decimals from 0 to 100, scores on either side of
// each rounding, random ones up to the fast path's end and past it, and
// the odd values: the same bytes as strconv's shortest form.
func TestAppendScoreAsStrconv(t *testing.T) {
	check := func(x float64) {
		t.Helper()
		if got, want := AppendScore(nil, x), appendScoreSlow(nil, x); !bytes.Equal(got, want) {
			t.Fatalf("AppendScore(%v) = %s, strconv %s", x, got, want)
		}
	}
	for k := range 1_000_000 {
		x := float64(k) / 1e4
		check(x)
		check(math.Nextafter(x, -1))
		check(math.Nextafter(x, 2))
		check(x + 0.00005)
		check(x - 0.00005)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 300_000 {
		check(r.Float64())
		check(r.Float64() * 1e6)
		check(r.Float64() * 2e6)
		check(-r.Float64())
	}
	for _, x := range []float64{0, math.Copysign(0, -1), -0.00001, 1, 0.5, 0.55, 0.6776, 999999.99994, 999999.99995, 1e6, 1e300,
		math.NaN(), math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64, -1e-300} {
		check(x)
	}
}
