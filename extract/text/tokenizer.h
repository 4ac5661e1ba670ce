// Tokenizer and sentence splitter for English news text.
//
// Tokens follow UD English conventions (so that the tagger and parser see
// what they were trained on): clitics split ('s, n't), abbreviations kept
// whole (U.N., Feb.), hyphenated words kept whole (al-Ja'afari, U.S.-backed),
// numbers with separators kept whole (260,000; 1:36), URLs and e-mail whole.
// Offsets are byte offsets into the text.
#pragma once

#include <string_view>
#include <vector>

#include "extract/document.h"

namespace newsgraph {

// Tokens of text, with spans relative to text and space_after set.
std::vector<Token> tokenize_text(std::string_view text);

// Sentences over tokens of text: each '\n' is a hard boundary; inside a
// line, sentence-final punctuation (with closing quotes and brackets) ends a
// sentence unless it closes an abbreviation or initial.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// Fills doc.tokens and doc.sentences from doc.text.
void tokenize(Document& doc);

}  // namespace newsgraph
