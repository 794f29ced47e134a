package extract

// TEMPORARY: replaced by the claim extractor.

// ClaimOptions configures Claims.
type ClaimOptions struct{}

// Claims finds the claims in an article.
func Claims(a Article, opts ClaimOptions) ([]Claim, error) { return []Claim{}, nil }
