package output

import (
	"bytes"
	"embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaFS holds the JSON Schema files of the record contract.
//
//go:embed schema/*.json
var schemaFS embed.FS

// Schema file names, relative to the schema directory.
const (
	ArticleSchema = "article.schema.json"
	ClaimSchema   = "claim.schema.json"
)

const schemaBase = "https://claimwire.dev/schema/"

// schemas compiles both schema files once; the compiled schemas are
// immutable and safe for concurrent use.
var schemas = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for _, name := range []string{ArticleSchema, ClaimSchema} {
		raw, err := schemaFS.ReadFile("schema/" + name)
		if err != nil {
			return nil, err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("parsing schema %s: %w", name, err)
		}
		if err := c.AddResource(schemaBase+name, doc); err != nil {
			return nil, fmt.Errorf("adding schema %s: %w", name, err)
		}
	}
	out := map[string]*jsonschema.Schema{}
	for _, name := range []string{ArticleSchema, ClaimSchema} {
		s, err := c.Compile(schemaBase + name)
		if err != nil {
			return nil, fmt.Errorf("compiling schema %s: %w", name, err)
		}
		out[name] = s
	}
	return out, nil
})

// SchemaFile returns the bytes of one schema file (ArticleSchema or
// ClaimSchema).
func SchemaFile(name string) ([]byte, error) {
	return schemaFS.ReadFile("schema/" + name)
}

// Validate checks one JSON record (a line of articles.jsonl or
// claims.jsonl) against the named schema file.
func Validate(name string, record []byte) error {
	all, err := schemas()
	if err != nil {
		return err
	}
	s, ok := all[name]
	if !ok {
		return fmt.Errorf("validating: unknown schema %q", name)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(record))
	if err != nil {
		return fmt.Errorf("validating against %s: %w", name, err)
	}
	if err := s.Validate(inst); err != nil {
		return fmt.Errorf("validating against %s: %w", name, err)
	}
	return nil
}
