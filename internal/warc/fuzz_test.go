package warc

import (
	"bytes"
	"context"
	"io"
	"testing"
)

// FuzzProcess: on any bytes, Process never panics; where it succeeds, its
// output reads again and a second run changes nothing more.
func FuzzProcess(f *testing.F) {
	f.Add([]byte(wet("a", "The Russ\u0456an embassy") + wet("b", "Plain.")))
	f.Add([]byte(gzipOf(wet("a", "The Russ\u0456an embassy")) + gzipOf("") + gzipOf(wet("b", "x"))))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\njunk\nWARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nWARC-Record-ID: <urn:x>\r\nContent-Length: 20\r\n\r\n<p>Russ\u0456an</p>xxxx\r\n\r\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		st, err := Process(context.Background(), bytes.NewReader(in), &out, Options{Workers: 2})
		if err != nil {
			return
		}
		var again bytes.Buffer
		st2, err := Process(context.Background(), bytes.NewReader(out.Bytes()), &again, Options{Workers: 2})
		if err != nil {
			t.Fatalf("the output does not read again: %v\n%q", err, out.Bytes())
		}
		if st2.Records != st.Records {
			t.Fatalf("%d records, then %d", st.Records, st2.Records)
		}
		if _, err := Process(context.Background(), bytes.NewReader(in), io.Discard, Options{JSONL: true}); err != nil {
			t.Fatalf("JSON lines fail where a WARC did not: %v", err)
		}
	})
}
