// Reads {"schema", "documents", "patterns", "matches"} on standard input and writes
// {"errors": [[...] per document], "patterns": {pattern: null or error}, "matches"}:
// the documents checked by Ajv 8 (draft 2020-12, formats on, all errors), the
// patterns compiled as ECMAScript regular expressions with the `u` flag.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { schema, documents, patterns, matches } = JSON.parse(input);

// The options of the documentation's recipe; Ajv's strict-mode advice is not an error.
const ajv = new Ajv2020({ allErrors: true, logger: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const errors = documents.map((document) =>
  validate(document)
    ? []
    : validate.errors.map((error) => `${error.instancePath} ${error.message}`),
);

const compiled = {};
for (const pattern of patterns) {
  try {
    new RegExp(pattern, "u");
    compiled[pattern] = null;
  } catch (error) {
    compiled[pattern] = String(error);
  }
}
// Each [pattern, text] pair: does the pattern match anywhere in the text, as JSON
// Schema's `pattern` asks.
const matched = matches.map(([pattern, text]) => new RegExp(pattern, "u").test(text));
process.stdout.write(JSON.stringify({ errors, patterns: compiled, matches: matched }));
