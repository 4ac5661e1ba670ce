// Pipeline: one input file → one fully annotated Document.
//
//   clean → text (tokens, sentences) → nlp (tags, parse, mentions)
//         → resolve (document entities) → relations (edges with evidence)
//
// A Pipeline loads its models and lexicons once; run() is const and may be
// called from many threads at once.
#pragma once

#include <filesystem>
#include <memory>

#include "extract/clean/input.h"
#include "extract/data_dir.h"
#include "extract/document.h"

namespace newsgraph {

struct PipelineConfig {
  // Where schemas/ and models/ are: --data-dir, else $NEWSGRAPH_DATA_DIR,
  // else the source checkout the program was built from.
  std::filesystem::path data_dir;
  // Relation rules: --patterns DIR, else <data_dir>/schemas/patterns.
  std::filesystem::path patterns_dir;
};

// A page's document before annotation: its cleaned text (doc.text) and
// metadata (title, date, author, url, language), id and path.
Document cleaned_document(const RawInput& input);

class Pipeline {
 public:
  explicit Pipeline(const PipelineConfig& config);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Cleans the input, then annotate()s it.
  Document run(const RawInput& input) const;

  // Every stage after cleaning, on doc.text: tokens, sentences, mentions,
  // entities and relations. A text that is not English (text/language.h)
  // gets its tokens and sentences only, and a note in doc.notes.
  void annotate(Document& doc) const;

 private:
  struct Stages;
  std::unique_ptr<Stages> stages_;
};

}  // namespace newsgraph
