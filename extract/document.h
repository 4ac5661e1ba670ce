// Document: the value every extraction stage reads and extends.
//
// Like spaCy's Doc, a Document owns its cleaned text; tokens, sentences,
// mentions and relations are offsets into it. Each stage is a function that
// fills one layer:
//
//   clean      → id, path, title, date, ..., text (paragraphs separated by '\n')
//   text       → tokens (byte offsets), sentences (token ranges)
//   nlp        → token tags, lemmas, heads, relations; mentions (NER)
//   resolve    → entities (mentions grouped, canonical names)
//   relations  → relations between entities, with evidence offsets
//
// All offsets are byte offsets into `text`, which is valid UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ontology.h"

namespace newsgraph {

// A half-open byte range [begin, end) of Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

struct Token {
  Span span;                // the word's bytes in the text
  bool space_after = true;  // false when the next token follows directly
  std::string upos;         // universal POS (NOUN, PROPN, VERB, ...)
  std::string xpos;         // Penn tag (NNP, VBD, ...)
  std::string lemma;
  int head = -1;            // index of the head token in the document; -1 = root
  std::string deprel;       // UD relation to the head (nsubj, obj, ...)
};

struct Sentence {
  Span span;                  // bytes of the whole sentence
  uint32_t first_token = 0;   // tokens [first_token, end_token)
  uint32_t end_token = 0;
};

// A named (or lexicon) mention of an entity: a token range, typed.
struct Mention {
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
  Span span;                 // bytes of the mention's text
  NodeType type = NodeType::Place;
  std::string kind;          // finer kind: country, city, armed-group, ...
  std::string text;          // surface form as written
  std::string name;          // the name it stands for: the surface form without
                             // titles, or a lexicon's name ("rebels" → "Syrian rebels")
  int sentence = -1;
  int entity = -1;           // index into Document::entities, after resolve
};

// An entity of this document: its mentions resolved to one name.
struct DocEntity {
  NodeType type = NodeType::Place;
  std::string kind;
  std::string name;                  // canonical name within the document
  std::vector<std::string> aliases;  // other surface forms, sorted, unique
  int mention_count = 0;
};

// One stated relation between two entities of the document.
struct Relation {
  EdgeType type = EdgeType::Backs;
  int source = -1;           // index into Document::entities
  int target = -1;
  int sentence = -1;         // index into Document::sentences
  Span trigger;              // the word(s) that state the relation
  Span source_span;          // the mentions of the two arguments
  Span target_span;
  double confidence = 0.5;
  std::string rule;          // name of the rule that fired
  std::string role;          // for member-of: envoy, spokesman, ...
  bool negated = false;      // "will not negotiate"
  bool hedged = false;       // modal or conditional: "may attack", "unless"
};

struct Document {
  // Metadata (from extract/clean).
  std::string id;      // file name without directory, .gz, .html/.htm/.txt
  std::string path;    // as given on the command line
  std::string title;
  std::string date;    // ISO 8601 (YYYY-MM-DD or full timestamp), or empty
  std::string author;
  std::string url;
  std::string language;
  // From entity recognition: the country the document is mainly about, whose
  // government "the government" means (for a country no list knows, its
  // adjective: "Valdorian"); empty when none stands out.
  std::string main_country;

  std::string text;  // the cleaned article body; '\n' between paragraphs

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<DocEntity> entities;
  std::vector<Relation> relations;
  // What the pipeline tells the user about this document ("not English:
  // nothing extracted"); empty for most.
  std::vector<std::string> notes;

  std::string_view slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  std::string_view form(const Token& t) const { return slice(t.span); }
};

}  // namespace newsgraph
