package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// charsetPage builds an article page around text, encodes it with enc and
// returns the bytes. meta is put in the head as is.
func charsetPage(t *testing.T, enc encoding.Encoding, meta, text string) []byte {
	t.Helper()
	page := "<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body><article><p>" + text + "</p><p>" + text + "</p></article></body></html>"
	if enc == nil {
		return []byte(page)
	}
	b, err := enc.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatalf("encoding fixture: %v", err)
	}
	return b
}

// TestCleanCharsets checks that pages in legacy charsets come out as the
// right UTF-8, whichever way the charset is declared.
func TestCleanCharsets(t *testing.T) {
	const (
		latin  = "Café “quoted” – naïve façade, 25 € and œuvre."
		polish = "Zażółć gęślą jaźń, powiedział rzecznik łódzkiego urzędu."
		jp     = "東京都の知事は、新しい公園の計画を発表した。"
		zh     = "市议会周二投票决定扩建河滨公园，结束了近三年的争论。"
		ko     = "시의회는 화요일 강변 공원 확장을 결정했다고 밝혔다."
	)
	tests := []struct {
		name        string
		enc         encoding.Encoding
		meta        string
		contentType string
		text        string
	}{
		{"windows-1252 meta charset", charmap.Windows1252, `<meta charset="windows-1252">`, "", latin},
		{"windows-1252 declared as iso-8859-1", charmap.Windows1252, `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, "", latin},
		{"windows-1252 undeclared", charmap.Windows1252, ``, "", latin},
		{"iso-8859-2 in the header", charmap.ISO8859_2, ``, "text/html; charset=ISO-8859-2", polish},
		{"iso-8859-2 meta", charmap.ISO8859_2, `<meta charset="iso-8859-2">`, "", polish},
		{"shift_jis meta", japanese.ShiftJIS, `<meta charset="Shift_JIS">`, "", jp},
		{"shift_jis header", japanese.ShiftJIS, ``, "text/html; charset=shift_jis", jp},
		{"euc-jp meta", japanese.EUCJP, `<meta charset="euc-jp">`, "", jp},
		{"gb2312 meta", simplifiedchinese.GBK, `<meta http-equiv="content-type" content="text/html;charset=gb2312">`, "", zh},
		{"gbk header", simplifiedchinese.GBK, ``, "text/html; charset=GBK", zh},
		{"euc-kr meta", korean.EUCKR, `<meta charset="euc-kr">`, "", ko},
		{"euc-kr header beats utf-8 meta", korean.EUCKR, `<meta charset="utf-8">`, "text/html; charset=euc-kr", ko},
		{"utf-8 undeclared", nil, ``, "", latin + " " + jp},
		{"utf-8 with a wrong windows-1252 header", nil, ``, "text/html; charset=windows-1252", latin},
		{"utf-8 with a wrong latin meta", nil, `<meta charset="iso-8859-1">`, "", ko},
		{"utf-8 BOM beats the header", unicode.UTF8BOM, ``, "text/html; charset=shift_jis", latin},
		{"utf-16le BOM", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), ``, "", jp},
		{"utf-16be BOM", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), ``, "", ko},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := charsetPage(t, tt.enc, tt.meta, tt.text)
			a, err := Clean(Page{URL: "https://example.com/c", ContentType: tt.contentType, Body: body}, CleanOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.text + "\n\n" + tt.text; a.Text != want {
				t.Errorf("Text = %q\nwant %q", a.Text, want)
			}
		})
	}
}

// TestDecodeHTMLUndeclaredLate checks the case charset.NewReader gets
// wrong: a UTF-8 page whose first 1024 bytes are ASCII and which declares
// nothing.
func TestDecodeHTMLUndeclaredLate(t *testing.T) {
	body := []byte("<html><head><title>x</title></head><body>" + strings.Repeat("<p>ascii only</p>", 100) + "<p>Ünïcödé “text” — 한국어</p></body></html>")
	out, name := decodeHTML(body, "")
	if name != "utf-8" || string(out) != string(body) {
		t.Errorf("decoded as %s: %q", name, out[len(out)-60:])
	}
}

// TestDecodeHTMLInvalid checks that the result is valid UTF-8 even when
// the page declares UTF-8 and carries invalid bytes.
func TestDecodeHTMLInvalid(t *testing.T) {
	tests := []struct {
		name, body, ct string
	}{
		{"declared utf-8, stray bytes", "<meta charset=utf-8><p>caf\xe9 \xff\xfe ok “x”</p>", ""},
		{"header utf-8, stray bytes", "<p>caf\xe9 \xff</p>", "text/html; charset=utf-8"},
		{"undeclared mostly utf-8", "<p>" + strings.Repeat("“quoted” ", 30) + "\xff</p>", ""},
		{"unknown label", "<meta charset=x-no-such-thing><p>caf\xe9</p>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := decodeHTML([]byte(tt.body), tt.ct)
			if !utf8.Valid(out) {
				t.Errorf("output is not valid UTF-8: %q", out)
			}
		})
	}
	out, name := decodeHTML([]byte("<p>"+strings.Repeat("“quoted” ", 30)+"\xff</p>"), "")
	if name != "utf-8" || !strings.Contains(string(out), "“quoted”") {
		t.Errorf("mostly-UTF-8 page decoded as %s", name)
	}
}
