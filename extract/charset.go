package extract

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// charsetMetaRE finds a charset declared in a <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=..."> tag.
var charsetMetaRE = regexp.MustCompile(`(?i)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:\-]+)`)

// charsetMetaScan is how far into the page charsetFromMeta looks. HTML5's
// prescan stops at 1024 bytes, but many real pages put the declaration
// after a long comment or inline style; any declaration in the head wins
// over guessing.
const charsetMetaScan = 64 << 10

// charsetBOMs are the byte order marks, in HTML5's order.
var charsetBOMs = []struct {
	bom   []byte
	label string
}{
	{[]byte{0xEF, 0xBB, 0xBF}, "utf-8"},
	{[]byte{0xFE, 0xFF}, "utf-16be"},
	{[]byte{0xFF, 0xFE}, "utf-16le"},
}

// decodeHTML converts a page body to UTF-8. It follows the HTML5 order —
// byte order mark, then the Content-Type header's charset, then a <meta>
// declaration — with two departures learnt from real crawls, where headers
// and meta tags are often missing or wrong:
//   - a body that is valid UTF-8 and declares nothing is UTF-8 (the spec's
//     windows-1252 fallback garbles undeclared UTF-8 pages);
//   - a body declared as a legacy charset whose bytes are nevertheless valid
//     UTF-8 with multi-byte sequences is UTF-8: legacy text almost never
//     forms valid multi-byte UTF-8 by accident.
//
// Undeclared bytes that are not valid UTF-8 fall back to windows-1252, as
// browsers do. The result is always valid UTF-8; name is the charset used.
func decodeHTML(body []byte, contentType string) (out []byte, name string) {
	for _, b := range charsetBOMs {
		if bytes.HasPrefix(body, b.bom) {
			return charsetDecode(body[len(b.bom):], b.label)
		}
	}
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label != "" && charsetIsUnknown(label) {
		label = ""
	}
	if utf8.Valid(body) {
		if charsetHasMultibyte(body) {
			return body, "utf-8"
		}
		// Pure ASCII reads the same in every ASCII-compatible charset;
		// only the 7-bit ones (ISO-2022-JP) need decoding.
		if label == "" {
			label = charsetFromMeta(body)
		}
		if label != "" && charsetIs7Bit(label) {
			return charsetDecode(body, label)
		}
		return body, "utf-8"
	}
	if label == "" {
		label = charsetFromMeta(body)
	}
	if label != "" && !charsetIsUnknown(label) {
		if charsetIsUTF8(label) {
			return charsetValidUTF8(body), "utf-8"
		}
		return charsetDecode(body, label)
	}
	if charsetMostlyUTF8(body) {
		return charsetValidUTF8(body), "utf-8"
	}
	return charsetDecode(body, "windows-1252")
}

// charsetIs7Bit reports whether label names a charset that encodes
// non-ASCII text in ASCII bytes.
func charsetIs7Bit(label string) bool {
	_, name := charset.Lookup(label)
	return strings.HasPrefix(name, "iso-2022")
}

// charsetFromMeta returns the charset label declared by a meta tag near the
// start of body, or "".
func charsetFromMeta(body []byte) string {
	head := body[:min(len(body), charsetMetaScan)]
	for i := 0; i < len(head); {
		j := bytes.IndexByte(head[i:], '<')
		if j < 0 {
			break
		}
		i += j
		if i+5 <= len(head) && bytes.EqualFold(head[i+1:i+5], []byte("meta")) {
			end := bytes.IndexByte(head[i:], '>')
			if end < 0 {
				end = len(head) - i
			}
			if m := charsetMetaRE.FindSubmatch(head[i : i+end+1]); m != nil {
				return string(m[1])
			}
		}
		i++
	}
	return ""
}

func charsetIsUnknown(label string) bool {
	e, _ := charset.Lookup(label)
	return e == nil
}

func charsetIsUTF8(label string) bool {
	_, name := charset.Lookup(label)
	// HTML5: a meta tag declaring UTF-16 means UTF-8 (the bytes were read
	// as ASCII to find it).
	return name == "utf-8" || strings.HasPrefix(name, "utf-16")
}

// charsetDecode decodes body from the charset label to valid UTF-8.
func charsetDecode(body []byte, label string) ([]byte, string) {
	e, name := charset.Lookup(label)
	if e == nil || name == "utf-8" {
		return charsetValidUTF8(body), "utf-8"
	}
	out, err := e.NewDecoder().Bytes(body)
	if err != nil {
		// Decoders replace invalid input rather than fail; an error here
		// is a transformer limit. Keep the bytes as UTF-8 rather than lose
		// the page.
		return charsetValidUTF8(body), "utf-8"
	}
	return charsetValidUTF8(out), name
}

// charsetValidUTF8 returns b with invalid UTF-8 replaced by U+FFFD (b
// itself when already valid).
func charsetValidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

func charsetHasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// charsetMostlyUTF8 reports whether at least 95% of the non-ASCII
// sequences in b decode as UTF-8 and there are enough of them to tell: a
// UTF-8 page with a few stray bytes (a truncated fetch, one pasted
// legacy string) stays UTF-8.
func charsetMostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
			i++
			continue
		}
		good++
		i += n
	}
	return good >= 20 && bad*20 <= good
}
