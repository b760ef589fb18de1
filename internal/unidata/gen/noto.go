package main

import (
	"bytes"
	"fmt"
	"image"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// ink is a glyph's thresholded bitmap, placed relative to the pen: x from
// the origin, y down from the baseline (negative above it).
type ink struct {
	x0, y0, w, h int
	px           []bool
}

func (g *ink) at(x, y int) bool {
	x -= g.x0
	y -= g.y0
	if x < 0 || y < 0 || x >= g.w || y >= g.h {
		return false
	}
	return g.px[y*g.w+x]
}

func (g *ink) count() int {
	n := 0
	for _, p := range g.px {
		if p {
			n++
		}
	}
	return n
}

// notoFace is one font file of the family.
type notoFace struct {
	name  string // file name without .ttf
	font  *sfnt.Font
	face  font.Face
	style string // Sans, Serif or Looped
	key   string // the script it is for, lower case without "_" ("" for Noto Sans, Noto Serif)
}

type noto struct {
	sans  []*notoFace          // every Sans face, for the fallback
	byKey map[string]*notoFace // style + "/" + key
}

// loadNoto opens the Regular faces of the Noto Sans and Looped families in
// dir.
func loadNoto(dir string) (*noto, error) {
	files, err := filepath.Glob(filepath.Join(dir, "Noto*-Regular.ttf"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	n := &noto{byKey: map[string]*notoFace{}}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".ttf")
		rest := strings.TrimSuffix(strings.TrimPrefix(name, "Noto"), "-Regular")
		style := ""
		for _, st := range []string{"Sans", "Looped"} {
			if strings.HasPrefix(rest, st) {
				style = st
			}
		}
		key := strings.ToLower(strings.TrimPrefix(rest, style))
		if style == "" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		ft, err := opentype.Parse(data)
		if err != nil {
			return nil, err
		}
		face, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: renderPPEM, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			return nil, err
		}
		nf := &notoFace{name: name, font: ft, face: face, style: style, key: key}
		if style == "Sans" {
			n.sans = append(n.sans, nf)
		}
		n.byKey[style+"/"+key] = nf
	}
	if n.byKey["Sans/"] == nil {
		return nil, fmt.Errorf("no NotoSans-Regular.ttf in %s", dir)
	}
	return n, nil
}

func (f *notoFace) covers(r rune) bool {
	var buf sfnt.Buffer
	i, err := f.font.GlyphIndex(&buf, r)
	return err == nil && i != 0
}

// facesFor returns the text faces that draw r: the Sans face named for its
// script (else Noto Sans, Sans Math, Symbols, Symbols2, any other Sans
// face), and the Looped face of its script where there is one (Thai and
// Lao text is set looped; Noto Sans Thai is the loopless display style).
func (n *noto) facesFor(r rune, script string) []*notoFace {
	key := strings.ToLower(strings.ReplaceAll(script, "_", ""))
	if key == "latin" || key == "greek" || key == "cyrillic" || key == "common" || key == "inherited" {
		key = ""
	}
	var out []*notoFace
	order := []*notoFace{n.byKey["Sans/"+key], n.byKey["Sans/"], n.byKey["Sans/math"], n.byKey["Sans/symbols"], n.byKey["Sans/symbols2"]}
	for _, f := range append(order, n.sans...) {
		if f != nil && f.covers(r) {
			out = append(out, f)
			break
		}
	}
	if len(out) == 0 {
		return nil
	}
	if f := n.byKey["Looped/"+key]; f != nil && f.covers(r) {
		out = append(out, f)
	}
	return out
}

// render draws r in f with the pen at the origin and thresholds the
// coverage at one half.
func render(f *notoFace, r rune) *ink {
	dr, mask, mp, _, ok := f.face.Glyph(fixed.Point26_6{}, r)
	if !ok || dr.Empty() {
		return nil
	}
	a, isAlpha := mask.(*image.Alpha)
	g := &ink{x0: dr.Min.X, y0: dr.Min.Y, w: dr.Dx(), h: dr.Dy(), px: make([]bool, dr.Dx()*dr.Dy())}
	any := false
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			var v uint8
			if isAlpha {
				v = a.AlphaAt(mp.X+x, mp.Y+y).A
			} else {
				_, _, _, av := mask.At(mp.X+x, mp.Y+y).RGBA()
				v = uint8(av >> 8)
			}
			if v >= 128 {
				g.px[y*g.w+x] = true
				any = true
			}
		}
	}
	if !any {
		return nil
	}
	return g.trim()
}

// trim shrinks the bitmap to its ink box.
func (g *ink) trim() *ink {
	minX, minY, maxX, maxY := g.w, g.h, -1, -1
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			if g.px[y*g.w+x] {
				minX, minY = min(minX, x), min(minY, y)
				maxX, maxY = max(maxX, x), max(maxY, y)
			}
		}
	}
	t := &ink{x0: g.x0 + minX, y0: g.y0 + minY, w: maxX - minX + 1, h: maxY - minY + 1}
	t.px = make([]bool, t.w*t.h)
	for y := 0; y < t.h; y++ {
		for x := 0; x < t.w; x++ {
			t.px[y*t.w+x] = g.px[(y+minY)*g.w+x+minX]
		}
	}
	return t
}

// ascii draws the bitmap, baseline marked.
func (g *ink) ascii() string {
	var b strings.Builder
	for y := g.y0; y < g.y0+g.h; y++ {
		for x := g.x0; x < g.x0+g.w; x++ {
			if g.at(x, y) {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		if y == -1 {
			b.WriteString(" _")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// distance compares a with b on a common baseline, their left ink edges
// aligned and then shifted by up to shiftPx either way. At the best shift
// it returns, for the ink of either glyph with no ink of the other within
// tolPx (chessboard distance), the largest share of it in one connected
// piece of the glyph's ink (a dot or an accent counts as a piece of its
// own: a different mark is not diluted by the letter's body) and the size
// of its largest 8-connected blob, in pixels.
func distance(a, b *ink) (share float64, blob int) {
	share, blob = 2, 1<<30
	for dx := -shiftPx; dx <= shiftPx; dx++ {
		off := b.x0 - a.x0 + dx // a's x + off lands on b's x
		s1, b1 := unmatched(a, b, off)
		s2, b2 := unmatched(b, a, -off)
		if s, bl := max(s1, s2), max(b1, b2); bl < blob || bl == blob && s < share {
			share, blob = s, bl
		}
	}
	return
}

// unmatched marks a's ink (shifted right by off) with no ink of b within
// tolPx and returns the largest share of it in one connected piece of a's
// ink and the size of its largest connected blob.
func unmatched(a, b *ink, off int) (float64, int) {
	lone := make([]bool, len(a.px))
	for y := 0; y < a.h; y++ {
		for x := 0; x < a.w; x++ {
			lone[y*a.w+x] = a.px[y*a.w+x] && !near(b, a.x0+x+off, a.y0+y)
		}
	}
	share := 0.0
	for _, piece := range components(a.w, a.h, a.px) {
		miss := 0
		for _, j := range piece {
			if lone[j] {
				miss++
			}
		}
		share = max(share, float64(miss)/float64(len(piece)))
	}
	largest := 0
	for _, piece := range components(a.w, a.h, lone) {
		largest = max(largest, len(piece))
	}
	return share, largest
}

// components returns the 8-connected pieces of set, as indexes y*w+x.
func components(w, h int, set []bool) [][]int {
	seen := make([]bool, len(set))
	var out [][]int
	for i, in := range set {
		if !in || seen[i] {
			continue
		}
		seen[i] = true
		piece := []int{i}
		for k := 0; k < len(piece); k++ {
			x, y := piece[k]%w, piece[k]/w
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					nx, ny := x+dx, y+dy
					if j := ny*w + nx; nx >= 0 && ny >= 0 && nx < w && ny < h && set[j] && !seen[j] {
						seen[j] = true
						piece = append(piece, j)
					}
				}
			}
		}
		out = append(out, piece)
	}
	return out
}

func near(b *ink, x, y int) bool {
	for dy := -tolPx; dy <= tolPx; dy++ {
		for dx := -tolPx; dx <= tolPx; dx++ {
			if b.at(x+dx, y+dy) {
				return true
			}
		}
	}
	return false
}

// Rendering and acceptance; the doc comment of main.go explains them, and
// glyphs-noto.txt's header repeats them.
const (
	renderPPEM = 64 // pixels per em
	shiftPx    = 2  // horizontal play after aligning the left ink edges
	tolPx      = 1  // a pixel of ink matches ink of the other glyph this near
	// A pair is written to glyphs-noto.txt up to these, so that a reader
	// sees the near misses; the tables take it up to the accept values.
	listShare, listBlob     = 0.15, 48
	acceptShare, acceptBlob = 0.06, 20
	notoVersion             = "20201225-1"
	notoFonts               = "usr/share/fonts/truetype/noto"
)

// glyphPair says that r, drawn in its script's Noto face, matches the
// letter to, drawn in Noto Sans.
type glyphPair struct {
	r, to rune
	share float64
	blob  int
	face  string
}

func (p glyphPair) accepted() bool { return p.share <= acceptShare && p.blob <= acceptBlob }

// better orders the matches of one character: smaller blob, then share.
func (p glyphPair) better(q glyphPair) bool {
	if p.blob != q.blob {
		return p.blob < q.blob
	}
	return p.share < q.share
}

func thresholdLine() string {
	return fmt.Sprintf("# Accepted: share <= %.2f and blob <= %d px; listed: share <= %.2f and blob <= %d px.", acceptShare, acceptBlob, listShare, listBlob)
}

// renderPairs draws every candidate in the face of its script and every
// target letter in Noto Sans and lists the pairs within the listing bounds.
// Latin targets are the ASCII letters, compared with candidates of every
// script; Cyrillic and Greek targets are compared with the letters of the
// other two of Latin, Greek and Cyrillic.
func renderPairs(root string, candidates []rune, targets map[int][]rune, latin int) []glyphPair {
	n, err := loadNoto(filepath.Join(root, notoFonts))
	if err != nil {
		log.Fatalf("cannot load Noto fonts under %s (scripts/fetch-noto.sh): %v", root, err)
	}
	type drawn struct {
		r rune
		g *ink
	}
	sans := n.byKey["Sans/"]
	tg := map[int][]drawn{} // script → letters
	for t, rs := range targets {
		for _, c := range rs {
			if !sans.covers(c) {
				continue
			}
			if g := render(sans, c); g != nil {
				tg[t] = append(tg[t], drawn{c, g})
			}
		}
	}
	var out []glyphPair
	for _, r := range candidates {
		faces := n.facesFor(r, scriptNames[scriptOf[r]])
		if len(faces) == 0 {
			continue
		}
		// Scores per target letter, the worst over the faces; a letter
		// some face does not reach within the listing bounds drops out.
		worst := map[rune]glyphPair{}
		for i, f := range faces {
			g := render(f, r)
			if g == nil {
				worst = nil
				break
			}
			seen := map[rune]bool{}
			for t, ds := range tg {
				if t != latin && (scriptOf[r] == t || !isLGC(scriptOf[r])) {
					continue
				}
				for _, d := range ds {
					if d.r == r || i > 0 && worst[d.r].face == "" ||
						abs(d.g.y0-g.y0) > 4 || abs(d.g.y0+d.g.h-g.y0-g.h) > 4 || abs(d.g.w-g.w) > 8 {
						continue
					}
					share, blob := distance(g, d.g)
					if share > listShare || blob > listBlob {
						continue
					}
					p := worst[d.r]
					if p.face != "" {
						p.face += "+"
					}
					worst[d.r] = glyphPair{r, d.r, max(share, p.share), max(blob, p.blob), p.face + f.name}
					seen[d.r] = true
				}
			}
			for c := range worst {
				if !seen[c] {
					delete(worst, c)
				}
			}
		}
		for _, p := range worst {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].r != out[j].r {
			return out[i].r < out[j].r
		}
		return out[i].to < out[j].to
	})
	return out
}

func isLGC(s int) bool {
	n := scriptNames[s]
	return n == "Latin" || n == "Greek" || n == "Cyrillic"
}

func writeGlyphs(path string, pairs []glyphPair) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# glyphs-noto.txt: characters drawn like a Latin, Cyrillic or Greek letter, by rendered glyph comparison.\n")
	fmt.Fprintf(&b, "# Written by `go run ./gen -noto DIR` in internal/unidata (DIR: scripts/fetch-noto.sh); read by `go run ./gen`.\n")
	fmt.Fprintf(&b, "# Fonts: Debian fonts-noto-core %s, NotoSans*-Regular.ttf, NotoLooped*-Regular.ttf (SIL Open Font License 1.1, OFL-Noto.txt).\n", notoVersion)
	fmt.Fprintf(&b, "# Each character in the Sans face named for its script (else Noto Sans, Sans Math, Symbols, Symbols2, any other)\n")
	fmt.Fprintf(&b, "# and in its script's Looped face where there is one (Thai, Lao); each target letter in Noto Sans.\n")
	fmt.Fprintf(&b, "# A pair's scores are the worst over the faces.\n")
	fmt.Fprintf(&b, "# Size: %d px per em, unhinted; ink: coverage >= 1/2; baseline-aligned, left ink edges aligned, best of +-%d px.\n", renderPPEM, shiftPx)
	fmt.Fprintf(&b, "# share: of any connected piece of either glyph's ink, the most with no ink of the other within %d px;\n", tolPx)
	fmt.Fprintf(&b, "# blob: the largest connected run of such pixels (px).\n")
	fmt.Fprintf(&b, "%s\n", thresholdLine())
	fmt.Fprintf(&b, "# Fields: code point; target letter; share; blob; face of the code point  # characters\n")
	for _, p := range pairs {
		fmt.Fprintf(&b, "%04X; %04X; %.3f; %d; %s  # %c → %c\n", p.r, p.to, p.share, p.blob, p.face, p.r, p.to)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

// readGlyphs reads glyphs-noto.txt, whose accept line must be this
// generator's.
func readGlyphs(path string) []glyphPair {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatalf("%v (render it with -noto DIR)", err)
	}
	if !bytes.Contains(data, []byte(thresholdLine()+"\n")) {
		log.Fatalf("%s was rendered with other thresholds than %q: render it again with -noto DIR", path, thresholdLine())
	}
	var out []glyphPair
	for _, l := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		f := strings.Split(l, ";")
		if len(f) != 5 {
			continue
		}
		rs := hexRunes(f[0] + " " + f[1])
		share, err1 := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		blob, err2 := strconv.Atoi(strings.TrimSpace(f[3]))
		if len(rs) != 2 || err1 != nil || err2 != nil {
			log.Fatalf("%s: bad line %q", path, l)
		}
		out = append(out, glyphPair{rs[0], rs[1], share, blob, strings.TrimSpace(f[4])})
	}
	if len(out) == 0 {
		log.Fatalf("%s: no pairs", path)
	}
	return out
}
