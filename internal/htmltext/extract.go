package htmltext

import (
	"bytes"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

// Extract returns the main content of a page as plain text: the title, a
// blank line, then the article's paragraphs, navigation, sidebars, scripts
// and footers left out (Mozilla's Readability algorithm, readeck's Go
// port). pageURL may be empty.
func Extract(page []byte, pageURL string) (string, error) {
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	art, err := readability.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return "", err
	}
	text := strings.TrimSpace(b.String())
	if title := strings.TrimSpace(art.Title()); title != "" && !strings.HasPrefix(text, title) {
		text = title + "\n\n" + text
	}
	return text + "\n", nil
}
