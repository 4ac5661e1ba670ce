// PLACEHOLDER — replaced by the tokenizer work: whitespace tokens, line sentences.
#include "extract/text/tokenizer.h"
namespace newsgraph {
std::vector<Token> tokenize_text(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
    if (i > b) { Token t; t.span = {uint32_t(b), uint32_t(i)}; out.push_back(t); }
  }
  return out;
}
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  uint32_t start = 0;
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    bool last = k + 1 == tokens.size() ||
                text.substr(tokens[k].span.end, tokens[k + 1].span.begin - tokens[k].span.end).find('\n') != std::string_view::npos;
    if (last) { out.push_back({{tokens[start].span.begin, tokens[k].span.end}, start, k + 1}); start = k + 1; }
  }
  return out;
}
void tokenize(Document& doc) { doc.tokens = tokenize_text(doc.text); doc.sentences = split_sentences(doc.text, doc.tokens); }
}
