// Package fibhash holds the one multiplier of Fibonacci hashing that the
// hash tables of unspin share.
package fibhash

// Mul is 2^64/φ, rounded to odd: a key times Mul has top bits that depend
// on every bit of the key, so a table indexed by them spreads keys whose
// low bits agree (FNV-1a's low bits depend only on its inputs' low bits).
const Mul = 0x9E3779B97F4A7C15
