package main

import (
	"strings"
	"testing"
)

// parseInk reads a bitmap drawn with '#', its last row on the baseline.
func parseInk(s string) *ink {
	rows := strings.Fields(s)
	g := &ink{x0: 0, y0: -len(rows), w: len(rows[0]), h: len(rows)}
	for _, r := range rows {
		for _, c := range r {
			g.px = append(g.px, c == '#')
		}
	}
	return g
}

func TestDistance(t *testing.T) {
	stem := parseInk("...... ...... ...... ##.... ##.... ##.... ##.... ##....")
	dotted := parseInk("##.... ##.... ...... ##.... ##.... ##.... ##.... ##....")
	heavier := parseInk("...... ...... ...... ###... ###... ###... ###... ###...")
	if s, b := distance(stem, stem); s != 0 || b != 0 {
		t.Errorf("distance(stem, stem) = %v, %v", s, b)
	}
	// A stroke one pixel heavier is within the tolerance.
	if s, b := distance(stem, heavier); s != 0 || b != 0 {
		t.Errorf("distance(stem, heavier) = %v, %v", s, b)
	}
	// A dot is a piece of its own: wholly unmatched, however small.
	if s, b := distance(stem, dotted); s != 1 || b != 4 {
		t.Errorf("distance(stem, dotted) = %v, %v; want 1, 4", s, b)
	}
}
