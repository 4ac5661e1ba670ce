// Evaluation of the tokenizer and sentence splitter against a CoNLL-U
// treebank, shared by bench/eval_tokenizer.cpp and tests/test_tokenizer_ud.cpp.
//
// Each document (`# newdoc id`) is rebuilt as raw text from its `# text`
// lines: sentences of one paragraph joined by a space, paragraphs
// (`# newpar`) by '\n' — the shape the article cleaner produces. Gold words
// are aligned to that text by their forms. A multiword token whose words
// spell it ("don't" = "do" + "n't") is scored as its words; one whose words
// do not ("its" = "it" + "s" is fine, but typo corrections are not) is
// scored as the one surface token. Token and sentence scores are F1 over
// exact byte spans.
#pragma once

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "extract/text/tokenizer.h"

namespace newsgraph::eval {

struct GoldDocument {
  std::string id;
  std::string genre;  // GUM's meta::genre; empty for EWT
  std::string text;
  std::vector<Span> words;
  std::vector<Span> sentences;
  int unaligned = 0;  // words whose form was not found where expected
};

struct Counts {
  long gold = 0, predicted = 0, matched = 0;
  double precision() const { return predicted ? double(matched) / predicted : 0; }
  double recall() const { return gold ? double(matched) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct Score {
  Counts tokens, sentences;
  long documents = 0;
  long unaligned = 0;
};

namespace detail {

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cols;
  size_t b = 0;
  while (true) {
    size_t e = line.find('\t', b);
    cols.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return cols;
}

// Skips spaces in text from pos; if form is there, returns its span.
inline bool align(const std::string& text, size_t& pos, const std::string& form, Span& span) {
  size_t p = pos;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\n' || text[p] == '\t')) ++p;
  if (text.compare(p, form.size(), form) != 0) return false;
  span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + form.size())};
  pos = p + form.size();
  return true;
}

}  // namespace detail

// Reads every document of a CoNLL-U file.
inline std::vector<GoldDocument> read_conllu(const std::string& path) {
  std::vector<GoldDocument> docs;
  std::ifstream in(path);
  std::string line;
  std::string sentence_text;
  bool new_paragraph = false;
  std::vector<std::vector<std::string>> rows;
  auto flush_sentence = [&]() {
    if (docs.empty()) docs.emplace_back();
    GoldDocument& d = docs.back();
    if (sentence_text.empty()) {
      rows.clear();
      return;
    }
    if (!d.text.empty()) d.text += new_paragraph ? '\n' : ' ';
    new_paragraph = false;
    size_t base = d.text.size();
    d.text += sentence_text;
    d.sentences.push_back({static_cast<uint32_t>(base), static_cast<uint32_t>(d.text.size())});
    size_t pos = base;
    for (size_t r = 0; r < rows.size(); ++r) {
      const auto& c = rows[r];
      if (c[0].find('.') != std::string::npos) continue;  // empty node
      size_t dash = c[0].find('-');
      if (dash != std::string::npos) {
        int a = std::stoi(c[0].substr(0, dash)), b = std::stoi(c[0].substr(dash + 1));
        size_t nwords = static_cast<size_t>(b - a + 1);
        std::string joined;
        for (size_t k = 1; k <= nwords && r + k < rows.size(); ++k) joined += rows[r + k][1];
        Span surface;
        size_t after = pos;
        if (!detail::align(d.text, after, c[1], surface)) {
          ++d.unaligned;
          r += nwords;
          continue;
        }
        if (joined == c[1]) {
          size_t p = surface.begin;
          for (size_t k = 1; k <= nwords; ++k) {
            size_t len = rows[r + k][1].size();
            d.words.push_back({static_cast<uint32_t>(p), static_cast<uint32_t>(p + len)});
            p += len;
          }
        } else {
          d.words.push_back(surface);
        }
        pos = after;
        r += nwords;
        continue;
      }
      Span s;
      if (detail::align(d.text, pos, c[1], s)) {
        d.words.push_back(s);
      } else {
        ++d.unaligned;
      }
    }
    rows.clear();
    sentence_text.clear();
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!rows.empty() || !sentence_text.empty()) flush_sentence();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newdoc", 0) == 0) {
        docs.emplace_back();
        size_t eq = line.find("= ");
        if (eq != std::string::npos) docs.back().id = line.substr(eq + 2);
        new_paragraph = false;
      } else if (line.rfind("# newpar", 0) == 0 && line.rfind("# newpar_block", 0) != 0) {
        new_paragraph = true;
      } else if (line.rfind("# text = ", 0) == 0) {
        sentence_text = line.substr(9);
      } else if (line.rfind("# meta::genre = ", 0) == 0 && !docs.empty()) {
        docs.back().genre = line.substr(16);
      }
      continue;
    }
    rows.push_back(detail::split_tabs(line));
  }
  if (!rows.empty()) flush_sentence();
  return docs;
}

// Scores one document; appends mismatches (up to max_errors) to errors.
inline void score_document(const GoldDocument& doc, Score& score, std::vector<std::string>* errors,
                           size_t max_errors) {
  std::vector<Token> tokens = tokenize_text(doc.text);
  std::vector<Sentence> sentences = split_sentences(doc.text, tokens);
  auto key = [](Span s) { return (static_cast<uint64_t>(s.begin) << 32) | s.end; };
  std::set<uint64_t> gold_words, gold_sentences;
  for (Span s : doc.words) gold_words.insert(key(s));
  for (Span s : doc.sentences) gold_sentences.insert(key(s));
  score.documents += 1;
  score.unaligned += doc.unaligned;
  score.tokens.gold += static_cast<long>(gold_words.size());
  score.tokens.predicted += static_cast<long>(tokens.size());
  score.sentences.gold += static_cast<long>(gold_sentences.size());
  score.sentences.predicted += static_cast<long>(sentences.size());
  // Built with append: GCC 12 warns falsely (-Wrestrict) on "lit" + string.
  auto message = [&](const char* what, Span s, const char* open, const char* close,
                     const std::string& tail) {
    std::string m(what);
    m.append(open).append(doc.text, s.begin, s.end - s.begin).append(close).append(tail);
    return m;
  };
  for (const Token& t : tokens) {
    if (gold_words.count(key(t.span))) {
      ++score.tokens.matched;
    } else if (errors && errors->size() < max_errors) {
      // Show the gold words around the wrongly cut token.
      std::string gold;
      for (Span s : doc.words) {
        if (s.end > t.span.begin && s.begin < t.span.end) {
          gold.append("[").append(doc.text, s.begin, s.end - s.begin).append("]");
        }
      }
      errors->push_back(message("token  ours ", t.span, "[", "] gold ", gold));
    }
  }
  for (const Sentence& s : sentences) {
    if (gold_sentences.count(key(s.span))) {
      ++score.sentences.matched;
    } else if (errors && errors->size() < max_errors) {
      errors->push_back(message("sent   ours ", s.span, "{", "}", ""));
    }
  }
  if (errors) {
    for (Span s : doc.sentences) {
      bool found = false;
      for (const Sentence& p : sentences) found = found || (key(p.span) == key(s));
      if (!found && errors->size() < max_errors) {
        errors->push_back(message("gold   sent ", s, "{", "}", ""));
      }
    }
  }
}

inline Score score_documents(const std::vector<GoldDocument>& docs, const std::string& genre,
                             std::vector<std::string>* errors = nullptr, size_t max_errors = 0) {
  Score score;
  for (const GoldDocument& d : docs) {
    if (!genre.empty() && d.genre != genre) continue;
    score_document(d, score, errors, max_errors);
  }
  return score;
}

}  // namespace newsgraph::eval
