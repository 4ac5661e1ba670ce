// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
//
// A sentence is its comment lines, its syntactic words (integer IDs) and the
// other lines kept verbatim: multi-word token ranges ("3-4 don't") and empty
// nodes ("8.1"), each remembered with the word it precedes, so that writing a
// sentence back reproduces them in place.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace newsgraph::conllu {

struct Word {
  int id = 0;            // 1-based position in the sentence
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";
  std::string feats = "_";
  int head = -1;         // 0 = root, -1 = unknown ("_")
  std::string deprel = "_";
  std::string deps = "_";
  std::string misc = "_";
};

struct VerbatimLine {
  size_t before_word = 0;  // index into words that this line precedes
  std::string text;
};

struct Sentence {
  std::vector<std::string> comments;  // including the leading "#"
  std::vector<Word> words;
  std::vector<VerbatimLine> verbatim;  // MWT ranges and empty nodes, in order
};

// Reads every sentence of a CoNLL-U stream. Throws std::runtime_error naming
// `source` and the line number on a malformed word line.
std::vector<Sentence> read(std::istream& in, const std::string& source);
std::vector<Sentence> read_file(const std::string& path);

// Writes one sentence followed by the blank line that ends it.
void write(std::ostream& out, const Sentence& sentence);

}  // namespace newsgraph::conllu
