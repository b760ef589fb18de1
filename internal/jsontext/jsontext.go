// Package jsontext is the one way unspin writes JSON: strings with only what
// JSON requires escaped (no HTML escaping, bytes that are not UTF-8 kept as
// they came, as unspin keeps them in texts), scores rounded to four
// decimals, and encoding/json for the rest without its HTML escaping.
package jsontext

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
)

// AppendString appends s as a quoted JSON string.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	dst = AppendEscaped(dst, s)
	return append(dst, '"')
}

// AppendEscaped appends s as the contents of a JSON string: quotes,
// backslashes and control characters escaped, every other byte as it is.
func AppendEscaped(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		dst = append(dst, s[last:i]...)
		last = i + 1
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
	}
	return append(dst, s[last:]...)
}

// Decimals is how many decimals a score keeps wherever it is written.
const Decimals = 4

// Round rounds a score to Decimals places.
func Round(score float64) float64 {
	if math.IsNaN(score) || math.IsInf(score, 0) {
		return 0
	}
	return math.Round(score*1e4) / 1e4
}

// AppendScore appends score rounded to Decimals places, always with a
// decimal point (0.0, 1.0, 0.55, 0.6776), as Python and Dolma's taggers
// write floats.
func AppendScore(dst []byte, score float64) []byte {
	if r := Round(score); r < 1e6 && !math.Signbit(r) {
		return appendTenThousandths(dst, int64(math.Round(r*1e4)))
	}
	n := len(dst)
	dst = strconv.AppendFloat(dst, Round(score), 'f', -1, 64)
	if bytes.IndexByte(dst[n:], '.') < 0 {
		dst = append(dst, '.', '0')
	}
	return dst
}

// appendTenThousandths appends k/10⁴ in decimals, trailing zeros dropped
// but one: what strconv's shortest form of the rounded score is (no other
// decimal of four places or fewer lies within a float's spacing of it below
// 10⁶), without its search for the shortest digits, which was a third of
// writing a short line's report.
func appendTenThousandths(dst []byte, k int64) []byte {
	if q := k / 1e4; q < 10 {
		dst = append(dst, byte('0'+q)) // a score's own: 0 or 1
	} else {
		dst = strconv.AppendInt(dst, q, 10)
	}
	frac := k % 1e4
	if frac == 0 {
		return append(dst, '.', '0') // most scores: 0.0
	}
	digits := [5]byte{'.', byte('0' + frac/1000), byte('0' + frac/100%10), byte('0' + frac/10%10), byte('0' + frac%10)}
	n := len(digits)
	for n > 2 && digits[n-1] == '0' {
		n--
	}
	return append(dst, digits[:n]...)
}

// FormatScore is AppendScore as a string, for text output.
func FormatScore(score float64) string { return string(AppendScore(nil, score)) }

// Marshal is json.Marshal without HTML escaping ('<', '>' and '&' stay as
// they are) and without a trailing newline.
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
