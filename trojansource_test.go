package unspin

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/unspin/unspin/internal/pass/bidi"
	"github.com/unspin/unspin/internal/uba"
)

// externalRepo finds a public repository the tests read but the project
// does not ship: $env (a checkout or a git directory), or the copy the
// fetch tool leaves beside the working tree (.mirror/owner+name/repo in a
// parent directory). ok is false where there is none.
func externalRepo(env, ownerName string) (dir string, ok bool) {
	if d := os.Getenv(env); d != "" {
		return d, true
	}
	_, here, _, _ := runtime.Caller(0)
	for d := filepath.Dir(here); ; d = filepath.Dir(d) {
		p := filepath.Join(d, ".mirror", strings.ReplaceAll(ownerName, "/", "+"), "repo")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// repoFiles returns the files of a repository (a checkout, or a bare git
// directory read at HEAD), by path.
func repoFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	if _, err := os.Stat(filepath.Join(dir, "HEAD")); err == nil {
		list, err := exec.Command("git", "--git-dir", dir, "ls-tree", "-r", "--name-only", "HEAD").Output()
		if err != nil {
			t.Skipf("git ls-tree in %s: %v", dir, err)
		}
		for _, p := range strings.Fields(string(list)) {
			b, err := exec.Command("git", "--git-dir", dir, "show", "HEAD:"+p).Output()
			if err != nil {
				t.Fatalf("git show %s: %v", p, err)
			}
			files[p] = string(b)
		}
		return files
	}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if d != nil && d.Name() == ".git" {
				return filepath.SkipDir
			}
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// readerSees returns text as an editor shows it: each line in the visual
// order of the Unicode Bidirectional Algorithm at a left-to-right paragraph
// level (grapheme clusters whole, mirrored characters drawn mirrored at
// right-to-left levels), without the bidi controls.
func readerSees(text string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		runes := []rune(line)
		_, levels := uba.Resolve(runes, 0)
		order := uba.Reorder(runes, levels, 0, 0, len(runes))
		cluster := make([]int, len(runes))
		var bounds [][2]int
		g := uniseg.NewGraphemes(line)
		for k := 0; g.Next(); {
			n := utf8.RuneCountInString(g.Str())
			for j := k; j < k+n; j++ {
				cluster[j] = len(bounds)
			}
			bounds = append(bounds, [2]int{k, k + n})
			k += n
		}
		var b strings.Builder
		done := make([]bool, len(bounds))
		for _, j := range order {
			c := cluster[j]
			if done[c] {
				continue
			}
			done[c] = true
			for x := bounds[c][0]; x < bounds[c][1]; x++ {
				r := runes[x]
				if bidi.IsControl(r) {
					continue
				}
				if m, ok := uba.Mirror(r); ok && levels[x]%2 == 1 {
					r = m
				}
				b.WriteRune(r)
			}
		}
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}

// vendoredFiles reads a JSON Lines file of {"path", "text"} objects (the
// copies under testdata of files from public repositories), by path.
func vendoredFiles(t *testing.T, name string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var f struct{ Path, Text string }
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		files[f.Path] = f.Text
	}
	return files
}

// TestTrojanSourceFiles cleans every file of the Trojan Source paper's
// examples (github.com/nickboucher/trojan-source) that holds a bidi control
// and asks for exactly what an editor shows. It reads a checkout where there
// is one (UNSPIN_TROJAN_SOURCE or a fetched copy), else the 29 files
// testdata/trojan-source holds, so it runs on every clone.
func TestTrojanSourceFiles(t *testing.T) {
	var files map[string]string
	if dir, ok := externalRepo("UNSPIN_TROJAN_SOURCE", "nickboucher/trojan-source"); ok {
		files = repoFiles(t, dir)
	} else {
		files = vendoredFiles(t, "testdata/trojan-source/files.jsonl")
	}
	n := 0
	for path, text := range files {
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) || !strings.ContainsFunc(text, bidi.IsControl) {
			continue
		}
		n++
		t.Run(path, func(t *testing.T) {
			want := readerSees(text)
			got := Clean(text).Text
			if got != want {
				gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
				for i := range min(len(gl), len(wl)) {
					if gl[i] != wl[i] {
						t.Errorf("line %d:\n got %q\nwant %q\n  in %q", i+1, gl[i], wl[i], strings.Split(text, "\n")[i])
					}
				}
				if len(gl) != len(wl) {
					t.Errorf("%d lines, want %d", len(gl), len(wl))
				}
			}
		})
	}
	if n != 29 {
		t.Errorf("%d files with bidi controls, want the 29 of the repository", n)
	}
}
