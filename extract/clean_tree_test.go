package extract

import "testing"

func TestCleanTextLen(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		n, commas int
	}{
		{"empty", "", 0, 0},
		{"only space", " \n\t ", 0, 0},
		{"runs collapse, ends dropped", "  a  b\n\nc ", 5, 0},
		{"commas", "a, b,c", 6, 2},
		{"no-break space is space", "a\u00a0\u00a0b", 3, 0},
		{"other C2 character counts its bytes", "©", 2, 0},
		{"CJK commas", "甲，乙、丙", 15, 2},
		{"truncated lead bytes", "a\xc2", 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, c := cleanTextLen(tt.in)
			if n != tt.n || c != tt.commas {
				t.Errorf("cleanTextLen(%q) = %d, %d; want %d, %d", tt.in, n, c, tt.n, tt.commas)
			}
		})
	}
}
