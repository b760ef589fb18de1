// Package say words what unspin tells people: counts with their nouns in
// the right number.
package say

import "fmt"

// Plural is n and noun, the noun plural unless n is 1 ("1 finding",
// "2 findings").
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Pick is one where n is 1, many otherwise ("it was", "they were").
func Pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
